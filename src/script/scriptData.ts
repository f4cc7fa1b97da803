import type { Instant, IsoDate } from "../schemas";

/** What a script is rendered from. Values are used as written; nothing in them is ever parsed as a template. */
export interface ScriptData {
  candidateName: string;
  jobTitle: string;
  company: string;
  interviewerName: string;
  /**
   * How the scripts greet the interviewer ("Hi Priya,", "Dear Dr Raman,"). Default: the first
   * word of `interviewerName`, or title and surname when the name starts with a title
   * ("Dr Priya Raman" → "Dr Raman"). Give it for a formal culture ("Mrs Adebayo") or a
   * preferred name.
   */
  greetingName?: string;
  /** `YYYY-MM-DD`, or an instant (then `timeZone` is needed to know the interviewer's date). */
  interviewDate: IsoDate | Instant;
  phone: string;
  /**
   * Something discussed at the interview, e.g. "the new routing software". The templates set it
   * (like `companyHighlight` and `availability`) inside a sentence, so a stop, comma or space
   * at its end is dropped.
   */
  topic?: string;
  /** Something the candidate likes about the company. */
  companyHighlight?: string;
  /** When the candidate can be reached, e.g. "weekdays after 2 pm". */
  availability?: string;
  email?: string;
  /** The interviewer's IANA zone, to format an instant `interviewDate` on their calendar. */
  timeZone?: string;
}
