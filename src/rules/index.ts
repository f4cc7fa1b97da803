import type { Rule } from "./defineRule";
import askIfGoodTime from "./ask-if-good-time";
import callTheHiringManager from "./call-the-hiring-manager";
import honestOffersOnly from "./honest-offers-only";
import identifyYourself from "./identify-yourself";
import keepItBrief from "./keep-it-brief";
import leaveContactDetails from "./leave-contact-details";
import mentionInterviewTopic from "./mention-interview-topic";
import mentionRoleAndDate from "./mention-role-and-date";
import noAskingAboutCandidates from "./no-asking-about-candidates";
import noAskingForDecision from "./no-asking-for-decision";
import noColdLinkedin from "./no-cold-linkedin";
import noComplaining from "./no-complaining";
import noGeneralNumber from "./no-general-number";
import noPlaceholders from "./no-placeholders";
import noQuestioningDelay from "./no-questioning-delay";
import noRepeatCall from "./no-repeat-call";
import prepareAScript from "./prepare-a-script";
import reaffirmInterest from "./reaffirm-interest";
import sayThankYou from "./say-thank-you";
import thankYouEmailFirst from "./thank-you-email-first";
import afterStatedTimeline from "./after-stated-timeline";
import avoidMondayFriday from "./avoid-monday-friday";
import bestTimeOfDay from "./best-time-of-day";
import avoidHolidayEdges from "./avoid-holiday-edges";
import callerHours from "./caller-hours";
import callInThePast from "./call-in-the-past";
import honorCallbackDate from "./honor-callback-date";
import waitAWeek from "./wait-a-week";
import withinTwoWeeks from "./within-two-weeks";
import workingDay from "./working-day";
import workingHours from "./working-hours";

/**
 * The registry: the one place that lists every built-in rule. The engine runs what is here
 * and knows no rule by name. (Plain names, no spread or property reads: bundlers can then drop the whole list,
 * and libphonenumber with it, from a bundle that only needs the timing functions.)
 */
export const builtInRules: readonly Rule[] = /* @__PURE__ */ Object.freeze([
  waitAWeek,
  withinTwoWeeks,
  honorCallbackDate,
  afterStatedTimeline,
  avoidMondayFriday,
  workingDay,
  workingHours,
  bestTimeOfDay,
  avoidHolidayEdges,
  callerHours,
  callInThePast,
  noGeneralNumber,
  callTheHiringManager,
  noColdLinkedin,
  noRepeatCall,
  thankYouEmailFirst,
  prepareAScript,
  identifyYourself,
  mentionRoleAndDate,
  askIfGoodTime,
  sayThankYou,
  reaffirmInterest,
  mentionInterviewTopic,
  leaveContactDetails,
  keepItBrief,
  noAskingAboutCandidates,
  noAskingForDecision,
  noQuestioningDelay,
  noComplaining,
  honestOffersOnly,
  noPlaceholders,
]);
