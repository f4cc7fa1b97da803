import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/text/analyzeText";
import { lexiconFor } from "../../src/text/lexiconFor";

const analyse = (text: string) => analyzeText(text, lexiconFor());
/** The normalised words of a text, without its punctuation. */
const wordsOf = (text: string) =>
  analyse(text)
    .tokens.filter((token) => token.word)
    .map((token) => token.norm);
const clauses = (text: string) =>
  analyse(text).sentences.flatMap((sentence) => sentence.clauses.map((clause) => ({ text: text.slice(clause.start, clause.end), asks: clause.asks })));

describe("analyzeText", () => {
  it("keeps UTF-16 offsets true through curly quotes, accents and emoji", () => {
    const text = "Zoë here 👋 — I haven’t heard back, did I get it?";
    const { tokens } = analyse(text);
    for (const token of tokens) expect(text.slice(token.start, token.end).length).toBe(token.end - token.start);
    expect(tokens.map((token) => token.norm)).toEqual(["zoe", "here", "-", "i", "have", "not", "heard", "back", ",", "did", "i", "get", "it", "?"]);
  });

  it.each([
    [
      "contractions, texting spellings and British spellings",
      "u r gonna tell ppl wat's up pls, I'm sure it's organised",
      "you are going to tell people what is up please i am sure it is organized",
    ],
    // A stretched letter is read once, or twice where only that spelling is a word the lexicon knows.
    ["stretched letters", "ur site is soooo slow pleeease, sooo gooood, reallyyyy, zzz AAA 2000", "your site is so slow please so good really zzz aaa 2000"],
    // Only at a word's end, and not on a word too short to have dropped one.
    [
      "a dropped g written with an apostrophe",
      "just callin' about the delivery drivin', doin' fine, the cousins' cars, in'",
      "just calling about the delivery driving doing fine the cousins cars in",
    ],
  ])("normalises %s", (_what, text, words) => {
    expect(wordsOf(text).join(" ")).toBe(words);
  });

  it.each([
    ["(Pause and let them answer. Take notes on what they say.)", [true, true]],
    ["Hi Dana. [Say the date of the interview here.] Thanks again.", [false, true, false]],
    ["Your process was a mess (honestly).", [false]],
    ["No brackets at all. None here either.", [false, false]],
    ["An open bracket ( that never closes. Still said.", [false, false]],
    ["Three weeks now :( why is this taking so long?", [false]],
    ["Still nothing :(\nWhy is this taking so long?\nAnyway :)", [false, false, false]],
    ["Great chat :)\n(Mention the depot visit.)\nBye.", [false, true, false]],
  ])("marks the sentences of %j that are asides in brackets", (text, asides) => {
    expect(analyse(text).sentences.map((sentence) => sentence.aside)).toEqual(asides);
  });

  it("reads an ASCII text the same way whether or not the text holds other characters", () => {
    // ASCII texts take a faster tokenizer; an "é" on a line of its own sends the same words through the Unicode one.
    const piece = fc.constantFrom("Did", "I", "get", "it", "don't", "Dana's", "u", "r", "42", "?", "!", ",", ";", ":", " - ", "ok", "Ty", "O'Brien", "'", "x-ray", "  ", ".", "\n");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join(" ");
        const plain = analyse(text).tokens.map((token) => [token.start, token.end, token.norm]);
        const widened = analyse(`${text}\né`).tokens.map((token) => [token.start, token.end, token.norm]);
        expect(widened.slice(0, plain.length)).toEqual(plain);
      }),
      { numRuns: 500 },
    );
  });

  it("never takes a word for a data table's inherited key", () => {
    expect(() => analyse("constructor toString __proto__ hasOwnProperty valueOf 3 constructor ago")).not.toThrow();
  });

  it.each([
    ["Candidate: will you call everyone back?", ["will you call everyone back?"]],
    ["Caller: hi, it's Dana", ["hi, it's Dana"]],
    // Not a label: the word is not one, or nothing follows it.
    ["Update: any news?", ["Update:", "any news?"]],
    ["Candidate:", ["Candidate:"]],
    ["Candidate: ?", ["Candidate:", "?"]],
  ])("leaves a transcript's speaker label out of %j's clauses", (text, said) => {
    expect(clauses(text).map((clause) => clause.text)).toEqual(said);
  });

  it.each([
    ["Interviewer: We're still deciding. It may take a while. Candidate: Thanks, I understand.", [true, true, false]],
    ["HR: Any questions? Me: None, thank you.", [true, false]],
    // A label that is not one, or nothing said after it, opens no turn.
    ["Update: any news? Still keen.", [false, false]],
    ["Interviewer: ? Why the wait?", [false, false]],
    ["No labels here. None at all.", [false, false]],
    // A turn ends at the end of its line; a heading is not someone speaking.
    ["Interviewer: Hello?\nHi, it's Dan. Have I got the job?", [true, false, false]],
    ["Company: Acme Ltd\nHave I got the job?", [false, false]],
    ["Manager: Sarah Jones.\nHave I got the job?", [true, false]],
  ])("marks the other side's turns in %j", (text, other) => {
    expect(analyse(text).sentences.map((sentence) => sentence.otherSpeaker)).toEqual(other);
  });

  it("splits clauses at joining words, once for 'even though'", () => {
    expect(clauses("The team was welcoming, even though I was a little late, but why the delay?").map((clause) => clause.text)).toEqual([
      "The team was welcoming,",
      "even though I was a little late,",
      "but why the delay?",
    ]);
  });

  it.each([
    ["did i get the job", true],
    ["quick question how many other people did you interview", true],
    ["I'd be curious to hear how I compare", true],
    ["May I ask when you'll decide.", true],
    ["I interviewed on Tuesday.", false],
    ["When I arrived, the office was quiet.", false],
    ["Just wondered if I'm still in the running", true],
    // After a comma, "which is…", "which I…" go back to what came before: told, not asked, without "?".
    ["The bus was late, which is why I missed the start.", false],
    ["The tour ran long, which I enjoyed.", false],
    // "who" after a comma is left a question: texts ask that way.
    ["ok cool, who was the other guy you interviewed", true],
    ["I saw two other candidates, which one did you pick?", true],
    ["Thanks for today, who else are you seeing", true],
    // A subject left out looks like inversion: "Had a call…" tells, "Had you heard…" asks.
    ["Had a call from another salon today offering me a chair.", false],
    ["Have a lovely weekend, and thanks again for Tuesday.", false],
    ["hi Sam its Jo. had the panel decided on me by the time I rang", true],
    ["Had you heard back from the panel yet", true],
    ["Has a decision been made", true],
  ])("knows whether %j asks", (text, asks) => {
    expect(clauses(text).some((clause) => clause.asks)).toBe(asks);
  });

  it("scopes negation: four words for 'not', two for 'no', never past a comma", () => {
    const hits = (text: string, className: string) =>
      analyse(text).sentences.flatMap((sentence) => sentence.clauses.flatMap((clause) => clause.hits.filter((hit) => hit.className === className)));
    expect(
      hits("I didn't find it frustrating", "negative-emotion")
        .concat(hits("I didn't find it frustrating", "negative-eval"))
        .every((hit) => hit.negated),
    ).toBe(true);
    expect(hits("no news yet is totally fine", "patience")[0]?.negated).toBe(false);
    expect(hits("It was not great, frankly rude", "negative-eval")[0]?.negated).toBe(false);
  });

  it("handles long and empty texts", () => {
    expect(analyse("").sentences).toEqual([]);
    expect(analyse("?!...").tokens.every((token) => !token.word)).toBe(true);
    const long = "Thank you for your time. ".repeat(2_000);
    expect(analyse(long).sentences.length).toBe(2_000);
  });
});

describe("phrases with filler words inside", () => {
  const hitsOf = (text: string, className: string) =>
    analyse(text)
      .sentences.flatMap((sentence) => sentence.clauses.flatMap((clause) => clause.hits))
      .filter((hit) => hit.className === className)
      .map((hit) => text.slice(hit.start, hit.end));

  it.each([
    ["have you ghosted me", "you ghosted me"],
    ["have you just ghosted me", "you just ghosted me"],
    ["have you um just ghosted me", "you um just ghosted me"],
  ])("finds a phrase of %j across up to two fillers", (text, found) => {
    expect(hitsOf(text, "delay")).toContain(found);
  });

  it("does so in every class, not only the delay's", () => {
    expect(hitsOf("have you um already decided", "made-decision")).toContain("have you um already decided");
    // The Filipino courtesy word "po" inside a request.
    expect(hitsOf("Are you available po to talk for a while?", "good-time")).toContain("available po to talk");
  });

  it("steps over no more than two fillers, and never over a word that is not one", () => {
    expect(hitsOf("have you um just really ghosted me", "delay")).toEqual([]);
    expect(hitsOf("have you sort of ghosted me", "delay")).toEqual([]);
  });

  it("does not carry a phrase on over a filler at its end", () => {
    const text = "you ghosted me just";
    const analysis = analyse(text);
    const delayHits = analysis.sentences.flatMap((sentence) => sentence.clauses.flatMap((clause) => clause.hits)).filter((hit) => hit.className === "delay");
    expect(delayHits.map((hit) => text.slice(hit.start, hit.end))).toEqual(["you ghosted me"]);
  });
});
