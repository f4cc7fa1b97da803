import { describe, expect, it } from "vitest";
import { lintScript } from "../../src/index";
import { testRule } from "./_ruleTester";

testRule("identify-yourself", {
  valid: [
    { name: "full name", text: "Hello Priya, this is Dana Whitfield." },
    { name: "first name, any case", text: "hi, DANA here from the interview." },
    { name: "no candidate name in the context", text: "Hello there.", context: { candidateName: undefined } },
    { name: "a title in the candidate's name", text: "Hi, this is Dana Whitfield.", context: { candidateName: "Dr. Dana Whitfield" } },
    { name: "a title and the surname", text: "Hello, this is Ms Whitfield.", context: { candidateName: "Dana Whitfield" } },
    { name: "accents written another way", text: "Hi, it's Zoe\u0308 Martin.", context: { candidateName: "Zoë Martin" } },
    { name: "accents left out", text: "Hi, it's Zoe.", context: { candidateName: "Zoë Martin" } },
    { name: "a first name that is also a word, written as a name", text: "Hi, it's Will from Tuesday.", context: { candidateName: "Will Smith" } },
    { name: "a middle given name the candidate goes by", text: "Hi Dr. Lim, this is Aisyah.", context: { candidateName: "Nur Aisyah binti Rahman" } },
    {
      name: "a first name shared with the interviewer, said again",
      text: "Hi Sarah, it's Sarah from Tuesday's interview.",
      context: { candidateName: "Sarah Jones", interviewerName: "Sarah Mitchell" },
    },
    {
      name: "the same full name as the interviewer, said again",
      text: "Hi John, this is John from Tuesday.",
      context: { candidateName: "John Smith", interviewerName: "John Smith" },
    },
    {
      name: "the whole name, shared in part with the interviewer",
      text: "Good morning Madam Owusu, this is Abena Owusu-Ansah.",
      context: { candidateName: "Abena Owusu-Ansah", interviewerName: "Comfort Owusu" },
    },
  ],
  invalid: [
    { name: "no name", text: "Hi Priya, I'm calling about the analyst role.", severity: "error", message: /Dana Whitfield/, path: [] },
    { name: "a different Dana-like word", text: "Hi, it's Danae from Tuesday." },
    { name: "only a particle of the name", text: "Hi, it's Binti from Tuesday.", context: { candidateName: "Nur Aisyah binti Rahman" } },
    { name: "a first name that is also a word, used as the word", text: "Hi, I will call back later.", context: { candidateName: "Will Smith" } },
    // A part of the name the interviewer shares is said of them.
    {
      name: "only the part of the name the interviewer shares",
      text: "Good morning Madam Owusu, I'm calling about the radiographer position.",
      context: { candidateName: "Abena Owusu-Ansah", interviewerName: "Comfort Owusu" },
    },
    { name: "a one-word name, only in the greeting", text: "Hi Priya, I'm calling about the analyst role.", context: { candidateName: "Priya", interviewerName: "Priya Shah" } },
    {
      name: "a title and the surname both share",
      text: "Hello Mr Smith, calling about the porter job.",
      context: { candidateName: "John Smith", interviewerName: "Peter Smith" },
    },
  ],
});

testRule("mention-role-and-date", {
  valid: [
    {
      name: "the nursing position for a registered nurse",
      text: "This is Wanjiru. I was interviewed for the nursing position on Thursday the 12th.",
      context: { jobTitle: "Registered Nurse", interviewDate: "2026-02-12", at: "2026-02-23T11:40:00+03:00", timeZone: "Africa/Nairobi" },
    },
    { name: "title and weekday", text: "I interviewed for the Operations Analyst role on Tuesday." },
    // The title's first word and its head name a long title: "the bilingual agent".
    {
      name: "first word and head of a long title",
      text: "I make the interview for the bilingual agent on Tuesday.",
      context: { jobTitle: "Bilingual Customer Service Agent" },
    },
    { name: "title and month-day", text: "About the operations-analyst position, we met November 10." },
    // The head with the title's rank said as the one who holds it: "crew leader" for "Crew Lead".
    { name: "head and rank as the holder", text: "I had the interview for the crew leader in the lettuce fields on Tuesday.", context: { jobTitle: "Harvest Crew Lead" } },
    { name: "title and a relative date", text: "The Operations Analyst interview last week was great." },
    { name: "title and numeric date", text: "Operations Analyst, interview on 11/10." },
    { name: "an abbreviated month", text: "About the Operations Analyst role; we met Tues. Nov. 10." },
    { name: "the title's initials", text: "About the CFO role we discussed on Tuesday.", context: { jobTitle: "Chief Financial Officer" } },
    { name: "without the advert's bracketed qualifier", text: "About the camp chef job we discussed on Tuesday.", context: { jobTitle: "Camp Chef (FIFO)" } },
    { name: "a title word just before 'post'", text: "About the English post we discussed on Tuesday.", context: { jobTitle: "Secondary English Teacher" } },
    { name: "the first words' initials", text: "About the RN position we discussed on Tuesday.", context: { jobTitle: "Registered Nurse, Emergency Department" } },
    { name: "the last words' initials", text: "About the OT position we discussed on Tuesday.", context: { jobTitle: "Paediatric Occupational Therapist" } },
    { name: "the title before its comma", text: "About the Associate position, we met on Tuesday.", context: { jobTitle: "Associate, Corporate & Commercial" } },
    { name: "a title word just before 'programme'", text: "About the management trainee programme we discussed on Tuesday.", context: { jobTitle: "Hotel Management Trainee" } },
    { name: "initials that start with a digit", text: "About the 3LS position we discussed on Tuesday.", context: { jobTitle: "3rd Line Support" } },
    { name: "what the brackets hold", text: "About the hotshot crew position from Tuesday.", context: { jobTitle: "Wildland Firefighter (Hotshot Crew)" } },
    { name: "initials in brackets", text: "About the RVN job from Tuesday.", context: { jobTitle: "Veterinary Nurse (RVN), Mixed Practice" } },
    { name: "the title before a dash", text: "About the SME Relationship Manager interview on Tuesday.", context: { jobTitle: "Relationship Manager – SME Banking" } },
    { name: "the qualifier before the head word", text: "About the theatre nurse interview on Tuesday.", context: { jobTitle: "Registered General Nurse – Theatre (Permanent)" } },
    { name: "a compound ordinal after the month", text: "The Operations Analyst interview on November twenty-fourth.", context: { interviewDate: "2026-11-24" } },
    { name: "a compound ordinal before the month", text: "The Operations Analyst interview on the twenty fourth of November.", context: { interviewDate: "2026-11-24" } },
    { name: "thirty-first", text: "The Operations Analyst interview on the thirty-first.", context: { interviewDate: "2026-12-31" } },
    { name: "a title word before 'interview'", text: "It's Lachlan from the linesworker interview on Tuesday.", context: { jobTitle: "Tram Overhead Linesworker" } },
    { name: "a head word that says what the job is, alone", text: "This is Jomar, the applicant for agronomist, interviewed Tuesday.", context: { jobTitle: "Farm Agronomist" } },
    { name: "the head and the word before it", text: "I had my final interview on Tuesday for Team Leader.", context: { jobTitle: "Call Center Team Leader" } },
    { name: "the work named for the one who does it", text: "I interviewed for the rigging job on Tuesday.", context: { jobTitle: "Stage Rigger" } },
    { name: "one of two joined titles", text: "It's Dmitri, the piano tuner from Tuesday's interview.", context: { jobTitle: "Piano Tuner and Technician" } },
    { name: "another name for the job", text: "I came in last Thursday for the front desk job.", context: { jobTitle: "Dental Receptionist", interviewDate: "2026-11-12" } },
    { name: "another name for two words of the title", text: "It's Lucía about the cabin crew position, from Tuesday.", context: { jobTitle: "Flight Attendant" } },
    {
      name: "a dispatcher for a telecommunicator",
      text: "I sat the dispatcher interview with y'all Wednesday the 4th.",
      context: { jobTitle: "Public Safety Telecommunicator", interviewDate: "2026-02-04" },
    },
    { name: "the title's own modifier before 'interview'", text: "I came down on Tuesday for the crew lead interview.", context: { jobTitle: "Snorkel Boat Crew Lead" } },
    {
      name: "one of two titles joined by a slash",
      text: "I came in Tuesday for the assistant groundsman work.",
      context: { jobTitle: "Assistant Groundsman / Pitch Maintenance – Cricket Club" },
    },
    { name: "the second of two joined titles", text: "I interviewed as a cleaner on Tuesday.", context: { jobTitle: "Cook & Cleaner" } },
    { name: "the first of two one-word titles", text: "I interviewed as a cook on Tuesday.", context: { jobTitle: "Cook & Cleaner" } },
    { name: "titles joined by a slash without spaces", text: "I interviewed as a kitchen porter on Tuesday.", context: { jobTitle: "Kitchen Porter/Cleaner" } },
    { name: "another name of one word, before a word for the job", text: "About the sparky job we discussed on Tuesday.", context: { jobTitle: "Electrician" } },
    // A learner's day of the month ("dia 19"), with the moment of the call.
    {
      name: "'on day 10', the day of the month",
      text: "I did the interview for the operations analyst job on day 10.",
      context: { at: "2026-11-18T15:00:00Z", timeZone: "America/New_York" },
    },
    // A word for the post itself names it alone.
    { name: "the apprenticeship, for an apprentice", text: "I came in on Tuesday for the apprenticeship.", context: { jobTitle: "Tattoo Apprentice" } },
    { name: "the lectureship, for a lecturer", text: "I presented for the lectureship on Tuesday.", context: { jobTitle: "Senior Lecturer in Public Health (Epidemiology)" } },
    {
      name: "'the week before last', with the moment of the call",
      text: "I interviewed for the Operations Analyst role the week before last.",
      context: { at: "2026-11-23T10:00:00Z", timeZone: "Europe/London" },
    },
    {
      name: "'a week today', seven days before the call",
      text: "I had my interview for the operations analyst job a week today.",
      context: { at: "2026-11-17T14:00:00Z", timeZone: "Europe/London" },
    },
  ],
  invalid: [
    // A rank as a bare word is not the title: "I" in "Data Analyst I" is the speaker in "the analyst I met".
    { name: "the analyst I met", text: "About the analyst I met on 10 November.", context: { jobTitle: "Data Analyst I" } },
    { name: "no title", text: "We met on Tuesday.", message: /does not name the job/ },
    { name: "initials of another job", text: "About the CTO role we discussed on Tuesday.", context: { jobTitle: "Chief Financial Officer" }, message: /does not name the job/ },
    { name: "only 'the job'", text: "About the job we discussed on Tuesday.", context: { jobTitle: "Secondary English Teacher" }, message: /does not name the job/ },
    // A word for the post names the job only when it is the post of the title's head.
    {
      name: "an internship, for an intern coordinator",
      text: "I did an internship with you, and we met on Tuesday.",
      context: { jobTitle: "Intern Coordinator" },
      message: /does not name the job/,
    },
    // Another name of one word that is not a word for the post still needs a word for the job after it.
    { name: "'server' alone", text: "I came in on Tuesday and met the server.", context: { jobTitle: "Waiter" }, message: /does not name the job/ },
    {
      name: "a head word that could be any job, alone",
      text: "It is about managing, since we met on Tuesday: I would be a good manager.",
      context: { jobTitle: "Tea Estate Assistant Manager" },
      message: /does not name the job/,
    },
    {
      name: "the qualifier's last word is not the title's head",
      text: "The emergency parking was full, but we met on Tuesday.",
      context: { jobTitle: "Registered Nurse, Emergency" },
      message: /does not name the job/,
    },
    {
      name: "a title word far from 'interview'",
      text: "I came into the office for an interview on Tuesday.",
      context: { jobTitle: "Office Manager" },
      message: /does not name the job/,
    },
    ...(
      [
        ["at your office", "Receptionist"],
        ["at the desk", "Receptionist"],
        ["about my current contract", "Trainee Solicitor"],
        ["thanks for keeping me posted", "Zookeeper"],
        ["with a sparkling water", "Electrician"],
        ["about developing my skills", "Software Engineer"],
        ["about the graduate program", "Software Engineer"],
        ["while I'm still waiting to hear", "Waiter"],
        ["acting on your feedback", "Actor"],
      ] as const
    ).map(([words, jobTitle]) => ({
      name: `an everyday phrase that only sounds like another name for the job: "${words}" for ${jobTitle}`,
      text: `Hi, it's Sam, ${words}, since we met on Tuesday.`,
      context: { jobTitle },
      message: /does not name the job/,
    })),
    {
      name: "a function word of the title does not carry it on to 'interview'",
      text: "My support for the interview on Tuesday was great.",
      context: { jobTitle: "Support Worker for the Elderly" },
      message: /does not name the job/,
    },
    {
      name: "a modifier that is not the title's, before 'interview'",
      text: "I came into the office for a senior interview on Tuesday.",
      context: { jobTitle: "Office Manager" },
      message: /does not name the job/,
    },
    { name: "an everyday head word, alone", text: "My taxi driver was lost on Tuesday.", context: { jobTitle: "Delivery Driver" }, message: /does not name the job/ },
    {
      name: "a title word far from 'job'",
      text: "I love teaching English to teenagers, and I'm calling about the job we discussed on Tuesday.",
      context: { jobTitle: "Secondary Science Technician" },
      message: /does not name the job/,
    },
    { name: "no date", text: "About the Operations Analyst role.", message: /when you interviewed \(Tuesday, November 10\)/ },
    { name: "the wrong weekday", text: "About the Operations Analyst role we discussed on Friday." },
    { name: "the wrong compound ordinal", text: "The Operations Analyst interview on November twenty-fifth.", context: { interviewDate: "2026-11-24" }, message: /twenty-fifth/ },
    {
      name: "the qualifier's word without a word for a job",
      text: "I work days, and I'm calling about Tuesday.",
      context: { jobTitle: "Maintenance Technician (days)" },
      message: /does not name the job/,
    },
    { name: "the wrong weekday, as 'last Monday'", text: "About the Operations Analyst role we discussed last Monday." },
    {
      name: "the first of two joined words, alone",
      text: "My research, which we discussed on Tuesday, is going well.",
      context: { jobTitle: "Research and Development Manager" },
      message: /does not name the job/,
    },
    {
      name: "'the week before last' when it was last week",
      text: "I interviewed for the Operations Analyst role the week before last.",
      context: { at: "2026-11-16T10:00:00Z", timeZone: "Europe/London" },
      message: /"week before last", which does not fit/,
    },
    {
      name: "'a week today' when it was eight days before",
      text: "I had my interview for the operations analyst job a week today.",
      context: { at: "2026-11-18T14:00:00Z", timeZone: "Europe/London" },
      message: /which does not fit/,
    },
  ],
});

testRule("ask-if-good-time", {
  valid: [
    { name: "a learner's 'now you are busy or you can talk'", text: "Hello Mr. David, I am Hoa. Excuse me, now you are busy or you can talk?" },
    { name: "a likkle time fi talk", text: "Good morning Mr Gentle, this da Marisol Chan. Yu have a likkle time fi talk?" },
    { name: "ye awright tae talk", text: "Awright, is that Stevie? It's Ross. Are ye awright tae talk the now, or will I phone ye back?" },
    { name: "a learner's 'small time for me'", text: "Please, do you have small time for me now?" },
    { name: "a learner's 'are you convenient now'", text: "Hello Rebecca, I am Howard. Are you convenient now for a short talk?" },
    { name: "an awright time", text: "Hiya Fiona, it's Ross. Is this an awright time, or are ye busy?" },
    { name: "some minutes now, or call later", text: "Hello Ms Choi, I am Pablo. Do you have some minutes now, or is better I call later?" },
    { name: "okay now, or call later", text: "Hello Ms Li, this is Zeynep. Is it okay now, or I call later?" },
    { name: "available for talking, or call later", text: "Hello Ms Li, this is Zeynep. Are you available for talking now, or I call later?" },
    { name: "can I talk now, or call later", text: "Please, can I talk to you now or I should call later?" },
    { name: "good time", text: "Is now a good time?" },
    { name: "a couple of minutes", text: "Have you got a couple of minutes?" },
    { name: "a grand time", text: "Is now a grand time or will I call back?" },
    { name: "a small moment", text: "Sorry to call you like this, do you have a small moment?" },
    { name: "a negated phrase, asked", text: "Hi Ken, it's Chloe. Hope now's not a bad time?" },
    { name: "voicemail is exempt", text: "Hello, it's Dana.", context: { kind: "voicemail" } },
    { name: "a hope with a tag question", text: "I hope now is a good time — is it?" },
    { name: "a Jamaican 'likkle'", text: "You have a likkle minute?" },
  ],
  invalid: [
    { name: "never asks", text: "Hi Priya, it's Dana; I'll be quick.", severity: "info" },
    { name: "a remark on the time, then a longer question", text: "I know now is a busy time, but did you get my email?", severity: "info" },
    { name: "a remark on the time, then a short question that is not a tag", text: "Hi, it's Dana. I know it's a busy time — any news?", severity: "info" },
  ],
});

testRule("say-thank-you", {
  valid: [
    { name: "faafetai for your time", text: "Talofa lava Sister Lemalu, it's Sina. Faafetai tele lava for your time that day." },
    { name: "t'ank you for seein' me", text: "Dario Knowles speakin'. I just wanna say t'ank you for seein' me." },
    { name: "a learner's appreciation of their time", text: "It's Dana about the analyst role. I appreciate a lot your time and the interview. I'm still keen." },
    { name: "thanks for the email and the interview", text: "It's Dana about the analyst role. Thanks for the email and the interview last week. I'm still keen." },
    { name: "thanks", text: "Thanks again for Tuesday." },
    { name: "appreciated", text: "I really appreciated your time." },
    { name: "appreciation of their time beside a request", text: "It's Dana about the analyst role. I appreciate your time, and I'd appreciate an update when you have one." },
    { name: "thanks before the goodbye", text: "Thank you for meeting me last week. I'm still keen. Bye for now." },
    { name: "a closing that says what for", text: "It's Dana about the analyst role. Thanks again for your time, bye." },
    { name: "thanks to two people, then what for", text: "It's Dana about the analyst role. I wanted to thank you and Mr Botha for the time you gave me." },
    { name: "a courtesy and a real reason together", text: "Thanks for listening and for seeing me on Tuesday. I'm still keen." },
    { name: "thanks for answering, then for the interview", text: "Thanks for picking up, and thanks for the interview on Tuesday. I'm still keen." },
    { name: "mahalo, with what for", text: "Mahalo for taking the time to meet with me. I'm still keen." },
    { name: "vinaka, with what for", text: "Bula, it's Mere. Vinaka vakalevu for your time that day. I am still very keen." },
    { name: "thanks with a comma before what for", text: "It's Dana about the analyst role. Just wanted to say diolch, thank you, for your time." },
    { name: "a long thanks after asking if now suits", text: "Is now a good time? Thank you again, it was such a great conversation. I'm still keen." },
    { name: "a bare thanks after a remark that does not ask", text: "I know it's a busy time. Thank you, sir. I'm still keen." },
    { name: "thanks for what they told at the interview", text: "It's Dana about the analyst role. Thank you for the information you shared at the interview. I'm still keen." },
  ],
  invalid: [
    { name: "no thanks", text: "Hi, it's Dana about the role.", severity: "warning" },
    {
      name: "a word of thanks that is the candidate's surname",
      text: "Good morning, this is Efua Asante about the midwife post. I am still very keen.",
      context: { candidateName: "Efua Asante" },
      severity: "warning",
    },
    { name: "only a goodbye thanks", text: "Hi, it's Dana about the analyst role. I'm still keen on it. Thanks, bye.", severity: "warning" },
    { name: "only cheers at the end", text: "It's Dana here about Tuesday's interview. Cheers, talk soon.", severity: "warning" },
    { name: "thanks only for answering", text: "Thanks for picking up! It's Dana about Tuesday's interview, and I'm still keen. Bye now.", severity: "warning" },
    { name: "thanks only for listening", text: "It's Dana about Tuesday's interview. I'm still keen. Thanks for listening, bye.", severity: "warning" },
    { name: "thanks only for a reply", text: "It's Dana about Tuesday's interview. I'm still keen. Also thank you for replying to my email so quickly.", severity: "warning" },
    { name: "appreciation only for listening", text: "It's Dana about Tuesday's interview. I'm still keen. Appreciate you listening, bye.", severity: "warning" },
    {
      name: "thanks only for the advert",
      text: "It's Dana about Tuesday's interview. Thanks for posting the role on Facebook, I nearly missed it. I'm still keen.",
      severity: "warning",
    },
    { name: "a bare thanks for saying now suits", text: "Is this a good time to speak, sir? Thank you, sir. I am still very much interested in the post.", severity: "warning" },
    { name: "appreciating an update still to come", text: "It's Dana about Tuesday's interview. I'm still keen, and I would appreciate any update. Bye now.", severity: "warning" },
    {
      name: "thanks only for sending something",
      text: "Hi Linda, it's Sam. Is now an okay time? Thanks for sending over the parking info before. I'm still very interested in the role.",
      severity: "warning",
    },
    {
      name: "thanks only in a stage direction",
      text: "[Thank them for the interview on Tuesday.]\nIt's Dana, I'm still keen on the role.",
      context: { kind: "voicemail" },
      severity: "warning",
    },
  ],
});

testRule("reaffirm-interest", {
  valid: [
    { name: "a learner's 'very interest to work'", text: "Hello Ms Linh. I am very interest to work in your company, I hope I can join." },
    { name: "a learner's 'very much interest this job'", text: "Good morning Madam Sarah. I am very much interest this job still." },
    { name: "still definitely interested", text: "Hi, it's Kurt. I'm still definitely interested." },
    { name: "a learner's 'very interesting to work with you'", text: "Hello, I am Erion. I am very interesting to work with you in the summer season." },
    { name: "still super into this", text: "Hey, it's Marcus. I'm still super into this." },
    { name: "really like to get back behind the wheel", text: "I'd really like to get back behind the wheel with you." },
    { name: "still super into the idea", text: "I'm still super into the idea of running the kilns for you guys.", context: { kind: "voicemail" } },
    { name: "fully on board", text: "Hi, it's Dana. I'm fully on board with the plan and the role." },
    { name: "a learner's 'still interesting very much'", text: "Hi, it's Dana. I am still interesting very much for this job." },
    { name: "a learner's 'very interest for this job'", text: "Hi, it's Dana. I am very interest for this job." },
    { name: "hoping to join their team", text: "Hi, it's Dana. I hope I will join your team." },
    { name: "still interested", text: "I'm still very interested in the role." },
    { name: "really like it, want it very much", text: "I really like this job, I want it very much." },
    // "any more" with nothing denied is not "not any more".
    { name: "interested, and ready for any more steps", text: "I am still very interested in this job and I am ready for any more step." },
    { name: "would love to join", text: "I would love to join the team." },
    { name: "all in", text: "I'm still all in on this, man." },
    { name: "up for the job", text: "I'm still well up for the job." },
    { name: "top of my list", text: "Anyway, the role's still top of my list, honestly." },
    { name: "would very much like to join", text: "I would very much like to join Harbourline." },
    { name: "really like to be part of it", text: "Thank you for the interview, I'd really like to be part of the crew." },
    { name: "how much I'd like the job", text: "I wanted to say how much I'd like the job." },
    { name: "really would like the job", text: "I really would like the job." },
    { name: "still into the show", text: "Still super into the show." },
    { name: "still into it", text: "Still super into it, long days don't scare me." },
    { name: "a learner's word order", text: "I want very much this job for the summer." },
    { name: "a 'no longer' about something else", text: "I'm no longer nervous, and I'm very interested." },
  ],
  invalid: [
    { name: "hoping to get an update is no interest", text: "Hi Jenna, this is Marcus. I was hoping to get a quick update on where you guys are in the process." },
    { name: "still super into hiking", text: "Hi, it's Dana. I'm still super into hiking, as we discussed." },
    { name: "really like to start by thanking", text: "Hi, it's Dana. I'd really like to start by thanking you for your time." },
    // Thanks for the opportunity to meet them is thanks, not interest.
    { name: "thanks for the opportunity to meet", text: "Thank you for the opportunity to meet with you all. Is there any update on the next stage?", context: { kind: "call" } },
    { name: "an onboard job is not interest", text: "Hi, it's Dana, about the onboard customer service job I interviewed for on Wednesday.", severity: "warning" },
    { name: "joining a call late", text: "Hi, it's Dana about Tuesday's interview. I hope I can join the call ten minutes late on Friday.", severity: "warning" },
    { name: "no interest stated", text: "Hi, it's Dana." },
    { name: "'all in all' is not interest", text: "All in all, the interview went well." },
    { name: "negated interest", text: "I'm not that interested now, to be honest." },
    { name: "withdrawn interest", text: "I'm no longer keen." },
  ],
});

testRule("mention-interview-topic", {
  valid: [
    { name: "the topic, any case", text: "Our talk on Warehouse Scheduling stayed with me." },
    { name: "no topics in the context", text: "Hello.", context: { topics: [] } },
  ],
  invalid: [{ name: "no topic", text: "Hello, it's Dana.", severity: "info", message: /warehouse scheduling/ }],
});

testRule("leave-contact-details", {
  valid: [
    {
      name: "hundreds said in words",
      text: "My number is oh-seven-seven-double-oh, nine-hundred, four-five-one.",
      context: { kind: "voicemail", phone: "+44 7700 900451", region: "GB" },
    },
    // Tens and teens said in words: "forty-seven, eighteen" is 4718, "plus ninety" the country code.
    {
      name: "tens and teens said in words",
      text: "My number is zero five three two, five five five, forty-seven, eighteen.",
      context: { kind: "voicemail", phone: "+90 532 555 47 18", region: "TR" },
    },
    {
      name: "a country code in words, a tens word alone",
      text: "It's plus ninety, five three three, five five five, twenty, oh nine.",
      context: { kind: "voicemail", phone: "+90 533 555 20 09", region: "TR" },
    },
    { name: "double twenty", text: "It's two one two, five five five, double twenty.", context: { kind: "voicemail", phone: "+1 212 555 2020" } },
    { name: "number with dashes", text: "Call me on 212-555-0147.", context: { kind: "voicemail" } },
    { name: "number with +1 and spaces", text: "My number is +1 212 555 0147.", context: { kind: "voicemail" } },
    { name: "a live call does not need it", text: "Hi, it's Dana.", context: { kind: "call" } },
    { name: "said in words", text: "Call me on two-one-two, five-five-five, oh-one-four-seven.", context: { kind: "voicemail" } },
    { name: "with double and triple", text: "It's two one two, triple five, oh one four seven.", context: { kind: "voicemail" } },
    { name: "groups with commas", text: "My number is 212, 555, 0147.", context: { kind: "voicemail" } },
    // Said as at home: the island's one area code left out, the 9 of an Argentine mobile too.
    {
      name: "a Trinidad number without 868",
      text: "You could call me back on 683 4107.",
      context: { kind: "voicemail", phone: "+1 868 683 4107", timeZone: "America/Port_of_Spain" },
    },
    { name: "a Barbados number without 246", text: "You can reach me on 253 8816.", context: { kind: "voicemail", phone: "+1 246 253 8816", timeZone: "America/Barbados" } },
    {
      name: "an Argentine mobile without its 9",
      text: "My number is 11 4827 3160.",
      context: { kind: "voicemail", phone: "+54 9 11 4827 3160", timeZone: "America/Argentina/Buenos_Aires" },
    },
  ],
  invalid: [
    // A digit too many: "…, eighty" ends the number in 0.
    {
      name: "a tens word past the number",
      text: "My number is five three two, five five five, four seven one, eighty.",
      context: { kind: "voicemail", phone: "+90 532 555 47 18", region: "TR" },
      severity: "warning",
    },
    // "Forty, seven" is 40 then 7: a pause after the tens closes them.
    {
      name: "a tens word closed by a pause",
      text: "My number is zero five three two, five five five, forty, seven, eighteen.",
      context: { kind: "voicemail", phone: "+90 532 555 47 18", region: "TR" },
      severity: "warning",
    },
    { name: "no number", text: "Hi, it's Dana, please call me back.", context: { kind: "voicemail" }, severity: "warning" },
    { name: "a different number", text: "Call me on 212-555-0199.", context: { kind: "voicemail" } },
    { name: "a different number in words", text: "Call me on two one two, five five five, oh one four eight.", context: { kind: "voicemail" } },
    { name: "digits split by other words", text: "It's 212 555 and then 0147 after that.", context: { kind: "voicemail" } },
    { name: "only the last seven figures", text: "Call me on 555 0147.", context: { kind: "voicemail" } },
    { name: "eight figures from the middle", text: "Call me on 2125 5501.", context: { kind: "voicemail" } },
    {
      name: "a number without its area code",
      text: "My phone is 5555 2847.",
      context: { kind: "voicemail", phone: "+54 9 11 5555 2847", timeZone: "America/Argentina/Buenos_Aires" },
    },
    // Said as at home only counts at home: to an employer abroad, the whole number is needed.
    {
      name: "a Trinidad number without 868, to Toronto",
      text: "You could call me back on 683 4107.",
      context: { kind: "voicemail", phone: "+1 868 683 4107", timeZone: "America/Toronto" },
    },
    {
      name: "an Argentine mobile without its 9, to Madrid",
      text: "My number is 11 4827 3160.",
      context: { kind: "voicemail", phone: "+54 9 11 4827 3160", timeZone: "Europe/Madrid" },
    },
    // The short form is the whole of what is said, not the tail of another number.
    {
      name: "a Trinidad number with another area code",
      text: "Call me on 246 683 4107.",
      context: { kind: "voicemail", phone: "+1 868 683 4107", timeZone: "America/Port_of_Spain" },
    },
    // Jamaica has two area codes, Canada many: there the area code is part of the number.
    { name: "a Jamaican number without its area code", text: "Call me on 555 0147.", context: { kind: "voicemail", phone: "+1 876 555 0147", timeZone: "America/Jamaica" } },
    { name: "a Toronto number without its area code", text: "Call me on 555 0147.", context: { kind: "voicemail", phone: "+1 416 555 0147", timeZone: "America/Toronto" } },
  ],
});

const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(" ");

testRule("keep-it-brief", {
  valid: [
    { name: "a 140-word opener", text: words(140) },
    { name: "a 70-word voicemail", text: words(70), context: { kind: "voicemail" } },
  ],
  invalid: [
    { name: "a 200-word opener", text: words(200), message: /About 80 seconds/ },
    { name: "a 90-word voicemail", text: words(90), context: { kind: "voicemail" }, message: /voicemail under 30 seconds/ },
  ],
});

testRule("no-asking-about-candidates", {
  valid: [
    { name: "working alongside the other new starters", text: "If selected, would I be working alongside the other new starters?" },
    { name: "candidates mentioned, then will they be in touch", text: "I know you're seeing other candidates this week. Will they be in touch by Friday?" },
    { name: "the speaker has also applied, then they", text: "I've also applied for the night role. Could they consider me for both?" },
    { name: "the panel also interviewed me", text: "The panel also interviewed me on the technical side. Will they send feedback either way?" },
    { name: "tell them I said hello", text: "A former colleague of mine also applied. Could you tell them I said hello?" },
    {
      name: "a pronoun question after a rejection, feedback",
      text: "A colleague of mine also applied and got the job. What experience did she have that I was missing?",
      context: { stage: "after-rejection" },
    },
    { name: "how far off a decision is", text: "How far off is a decision, roughly?" },
    { name: "gone to someone in HR", text: "Has my application gone to someone in HR yet?" },
    { name: "going to one of the other offices", text: "Is the role going to one of the other offices, or staying in Leeds?" },
    { name: "when the final list is published", text: "Please may I know when the final list will be published?" },
    { name: "staying on your list for relief shifts", text: "Could I stay on your list for relief or supply shifts?" },
    { name: "the speaker also applied, then they", text: "I also applied for the evening shift. Could they consider me for both?" },
    { name: "they, with no one said to have applied", text: "I met the site team last week. Are they still recruiting for the night crew?" },
    { name: "was it one of the questions", text: "Was it one of the questions you ask everyone?" },
    {
      name: "what distinguished the successful application",
      text: "Could you share what distinguished the successful candidate's application?",
      context: { stage: "after-rejection" },
    },
    { name: "someone to check references", text: "Have you found someone to check my references yet?" },
    { name: "when you hire someone, onboarding", text: "When you hire someone for this role, what does onboarding look like?" },
    { name: "the recruiter who accepted my application", text: "Could you thank the recruiter who accepted my application?" },
    { name: "my first choice, beside another offer", text: "ive had another offer and need to reply by Mon. Ur job is still my first choice so any update b4 then wd be amazing" },
    { name: "anything to provide ahead of the next stage", text: "I am calling to know if there is any other information I should provide ahead of the next stage." },
    { name: "how much longer", text: "I'm sorry, but it's been nearly two months. How much longer are we talking?" },
    {
      name: "the others stated, the timeline asked",
      text: "I understand the panel is still meeting candidates and would be grateful for any indication of the timeline.",
    },
    // A short "is it true?" asks about the statement before it; here nobody else is in it.
    { name: "a confirmation asked about something else", text: "Somebody told me the office is moving to Leeds. Is it true?" },
    { name: "a count of interview rounds", text: "hey Ellie, how many interview rounds are there for the barista supervisor role btw?" },
    { name: "a count of stages left", text: "Could you tell me how many stages are left in the process for the planning officer post?" },
    { name: "the speaker as the successful candidate", text: "I wish to enquire if I am the successful candidate so that I may make the necessary arrangements." },
    { name: "picking something else", text: "Did you end up picking a venue for the team day?", context: { stage: "after-offer" } },
    { name: "a request after a statement about the others", text: "I know you're interviewing other candidates this week. Can you confirm the address?" },
    { name: "a timeline checked", text: "I understand you're seeing the other candidates on Thursday and deciding by Friday. Is that right?" },
    { name: "a long question after a statement about the others", text: "I know you're seeing other people. Is it true that the role includes weekend shifts in the summer?" },
    {
      name: "others in a statement, then a timeline question",
      text: "I know you're still seeing other people, so I completely understand if that's too soon, but could you give me a sense of your timeline?",
    },
    { name: "did she get my references", text: "I gave my references to your assistant yesterday, did she get them?" },
    { name: "could one of them send the forms", text: "Could one of them get the forms to me before Monday?" },
    { name: "a second interview elsewhere", text: "I've also had a second interview elsewhere, is that a problem?" },
    { name: "did you get a call back from the agency", text: "Did you get a call back from the agency about my references?" },
    { name: "so if the other lad", text: "So if the other lad doesn't work out, I'd still love to hear from you." },
    { name: "shift patterns deciding between", text: "How many shift patterns are you deciding between?" },
    { name: "still in the running, said of me", text: "Am I still in the running for the role?" },
    // Where the speaker stands, said of the speaker: the verdict (no-asking-for-decision's).
    { name: "whether I'm still in the running", text: "I wanted to check whether I'm still in the running for it." },
    // Where one stands, with no one to stand against, is the decision (no-asking-for-decision's), not a ranking.
    { name: "where I stand, alone", text: "Would love to know where I stand." },
    // The other person only in the condition, and the request is to hear back.
    { name: "if the other lad doesn't work out", text: "If the other lad doesn't work out, I'd still love to hear from you." },
    // "other" before a word and "in" is not always a rival: asking about other openings is fine.
    {
      name: "other roles in the company",
      text: "I wondered if you could tell me whether there are any other roles in the company I could apply for.",
      context: { stage: "after-rejection" },
    },
    { name: "a transcript's speaker label", text: "Candidate: Will you be contacting everyone who interviewed, or just the people who are successful?" },
    { name: "a statement about the others", text: "I know you're seeing other candidates this week." },
    { name: "a negated question", text: "I won't ask how many people applied." },
    { name: "the other day", text: "Did you get my email the other day?" },
    { name: "someone else on the team", text: "Is there anyone else on the team I should thank?" },
    { name: "the best person for references", text: "Who is the best person to send my references to?" },
    { name: "a shortlist of references", text: "Would a shortlist of my references help?" },
    { name: "how many positions", text: "How many positions are you filling, is it just the one?" },
    { name: "how many stores", text: "Out of interest, how many stores does the region cover?" },
    { name: "a job with 'field' in it", text: "I'm just phoning to ask about the field officer post." },
    { name: "the candidate's own last three emails", text: "Is there a reason nobody's replied to my last three emails?" },
    { name: "asking why someone else was chosen, after a rejection", text: "Can I ask why you chose another candidate?", context: { stage: "after-rejection" } },
    { name: "asking in the passive, after a rejection", text: "Why was someone else chosen over me?", context: { stage: "after-rejection" } },
  ],
  invalid: [
    {
      name: "internal candidates mentioned, then are they still in the mix",
      text: "Hey Jamie, you mentioned a couple of internal candidates. Are they still in the mix, or is it external only now?",
      cue: "they",
    },
    {
      name: "a friend who interviewed too, then still considering her",
      text: "A friend of mine mentioned she'd also interviewed for the role. Could you tell me whether you're still considering her?",
      cue: "her",
    },
    { name: "going for the same job", text: "sorry to bother, is Jade from college going for the same job?", cue: "going for the same job" },
    { name: "go for the named job as well", text: "hey Jordan did Mo from my old site go for the scaffolding job as well?", cue: "go for the scaffolding job as well" },
    { name: "so, how did she get on", text: "A friend of mine also interviewed for the role. So, how did she get on?", cue: "she" },
    {
      name: "the name of the appointed candidate",
      text: "I would be most grateful if you could tell me the name of the appointed candidate.",
      context: { stage: "after-rejection" },
      cue: "name of the appointed candidate",
    },
    {
      name: "did a named friend get a call back too",
      text: "Hey Nat did Sophie get a call back too for the waitressing job? we both interviewed on the same day",
      cue: "did Sophie get a call back too",
    },
    {
      name: "gone to the person who did the trial after me",
      text: "Could you just tell me if it went to the person who did the trial shift after me?",
      cue: "went to the person who",
    },
    { name: "that internal fella", text: "Felt like you'd already got someone in mind. Is it that internal fella?", cue: "internal fella" },
    {
      name: "how far behind the one picked",
      text: "Thanks for letting me know. Can I ask how far behind the successful candidate I was?",
      context: { stage: "after-rejection" },
      cue: "how far behind the successful",
    },
    { name: "gone to someone from another depot, is that right", text: "I heard the Fleet Supervisor role may have gone to someone from your Mombasa depot. Is that right?" },
    {
      name: "the job given to the guy from another firm",
      text: "hey Tony did u give the sparky job to the guy from Hendersons? just heard a rumour",
      cue: "give the sparky job to the guy",
    },
    {
      name: "the job gone to one of the other staff",
      text: "Thanks Sophie. Can I ask, did the job go to one of the other Saturday staff?",
      cue: "job go to one of the other Saturday staff",
    },
    {
      name: "others who applied too, then they",
      text: "I heard through the grapevine that a couple of people from Brightwater also applied. Are they still in the mix?",
      cue: "they",
    },
    { name: "a colleague who interviewed too, then she", text: "I noticed a former colleague of mine also interviewed for the Site Manager role. How did she get on?", cue: "she" },
    { name: "others who applied too, then any of them", text: "A couple of lads from my old regiment applied too. Did any of them make it to the last stage?", cue: "any of them" },
    { name: "me or one of the other girls", text: "hey Nat, did u pick me for the bar job or one of the other girls?" },
    { name: "did it go to one of the agency lads", text: "Have I got the warehouse job, or did it go to one of the agency lads?", words: "or did it go to one of the agency lads" },
    { name: "an indication of where I rank", text: "I'd be grateful for an indication of where I rank among the shortlisted applicants for the consultant post." },
    { name: "between me and one other; is that right?", text: "I heard it was between me and one other person; is that right? Please call me." },
    { name: "have you offered it to her", text: "I heard you'd already had someone really strong in on Monday. Have you offered it to her?", words: "Have you offered it to her" },
    { name: "how close was I to the one picked", text: "I'm curious, how close was I to the person you picked?", context: { stage: "after-rejection" } },
    {
      name: "how near I came to the one picked",
      text: "Would you be good enough to tell me how near I came to the successful candidate?",
      context: { stage: "after-rejection" },
      cue: "how near I came to",
    },
    {
      name: "a learner's 'you have already choose somebody'",
      text: "I ask, you have already choose somebody? If not, I am still very interested.",
      cue: "already choose somebody",
    },
    { name: "going to one of the younger applicants", text: "Is the apprenticeship going to one of the younger applicants?", cue: "going to one of the younger applicants" },
    { name: "was it one of the traders", text: "I got your message, thanks. Was it one of the traders already on the market?", cue: "Was it one of the traders" },
    { name: "giving it to the girl already temping", text: "Did u end up giving it to the girl who was already temping there? just curious", cue: "giving it to the girl" },
    { name: "offered it to one of the others", text: "Just wondering if you've offered it to one of the guys from last season instead.", cue: "offered it to one of the" },
    { name: "took on any of the girls", text: "I just wondered, did you take on any of the girls from my group day?", cue: "take on any of the" },
    {
      name: "was it someone already working there",
      text: "Tell me this, was it someone already working there that got it?",
      context: { stage: "after-rejection" },
      cue: "was it someone already",
    },
    { name: "any of them still being considered", text: "A few people from my cohort also applied. Are any of them still being considered?" },
    { name: "who the successful candidate was", text: "Could I ask who the successful candidate was? I'd like to connect with them.", context: { stage: "after-rejection" } },
    { name: "did you choose somebody already", text: "Hello, it's Keisha about the bank teller job. Did you choose somebody already?", words: "Did you choose somebody already" },
    { name: "who accepted the role", text: "Thanks for the update. Would you mind sharing who accepted the Product Owner role?", context: { stage: "after-rejection" } },
    { name: "offered the named job to someone", text: "I heard you've already offered the barista trainer job to someone from Brew Lab, is that true?" },
    { name: "insight into how I stack up", text: "I'd love some insight into how I stack up against the rest of the shortlist for the Head Chef position." },
    { name: "how many others, out of interest", text: "Thx for the offer!! out of interest how many others did u offer it to before me lol", context: { stage: "after-offer" } },
    { name: "was it someone named", text: "thanks for letting me know Aunty Grace. was it Efe that got it?", context: { stage: "after-rejection" } },
    {
      name: "the others stated, then confirmed",
      text: "Somebody at the site told me you are down to me and one other candidate. Is it true?",
      words: "Somebody at the site told me you are down to me and one other candidate",
    },
    { name: "another candidate's progress", text: "I would be grateful to learn whether she has progressed further than I have." },
    { name: "offered to someone else", text: "Hi Grant, is it true u already offered the job to someone from Ashburton?" },
    { name: "has anyone been offered it", text: "hi, quick one, has anyone been offered the warehouse job yet?" },
    { name: "who was appointed, after a rejection", text: "Thanks for the update. Can I ask who was appointed?", context: { stage: "after-rejection" } },
    { name: "who they ended up giving it to", text: "Out of curiosity, who did ye end up giving the negotiator job to?", context: { stage: "after-rejection" } },
    { name: "where I stand against him", text: "I hear it's between me and one other lad, so I just want to know where I stand against him." },
    { name: "one of them getting it", text: "Is one of them getting it?" },
    { name: "whether she was successful", text: "Could you tell me if she has been successful?" },
    { name: "a flatmate called back", text: "She's my flatmate, did she get a call back for the job too?" },
    { name: "did the one after me get it", text: "Sorry to be cheeky, but did the lad who went in after me get it?" },
    { name: "a list of the shortlisted, requested", text: "I write to request, with respect, a list of the shortlisted candidates for the post." },
    { name: "how many blokes you're choosing between", text: "Any chance you could tell me how many blokes you're choosing between?" },
    // A condition about the others, then a question about them.
    { name: "if not your first pick, who is", text: "If I'm not your first pick, who is?" },
    { name: "if there are others, how many", text: "If there are other candidates, how many are there?" },
    { name: "where I placed", text: "Could you tell me where I placed among the group?" },
    { name: "second or lower", text: "Was I second, or further down the list?" },
    { name: "a formal indirect request", text: "I should be most grateful to learn how I compare with the other applicants." },
    { name: "how many applied", text: "So how many people applied?", words: "how many people applied", severity: "error" },
    { name: "an indirect question", text: "I was wondering who else is still being considered.", words: "I was wondering who else is still being considered" },
    { name: "a request", text: "Tell me how many other candidates you interviewed." },
    { name: "who else they are considering", text: "Who are you still considering?" },
    { name: "anybody else", text: "Are you seeing anybody else?" },
    { name: "comparing myself", text: "How do I compare with the rest?" },
    { name: "why someone else, before any decision", text: "Why would you pick someone else over me?" },
    { name: "other questions still count after a rejection", text: "How many finalists were there?", context: { stage: "after-rejection" } },
    { name: "a negation in another clause", text: "I'm not asking about the other candidates, but how many people applied?", words: "how many people applied" },
    {
      name: "another question in the same sentence after a rejection",
      text: "Why did you pick someone else, and how many people applied?",
      context: { stage: "after-rejection" },
      words: "how many people applied",
    },
  ],
});

testRule("no-asking-for-decision", {
  valid: [
    {
      name: "still under consideration, or one of the others preferred",
      text: "I am writing to enquire whether I am still under consideration for the post, or whether one of the other candidates has been preferred.",
    },
    { name: "the outcome in due course", text: "I should nonetheless be grateful to learn the outcome in due course." },
    {
      name: "still considered alongside the many applicants",
      text: "I should like to know whether the post has attracted many applicants, and whether I am still being considered alongside them.",
    },
    {
      name: "how many others still considered, and whether I am among the front-runners",
      text: "I wondered whether you might be able to tell me how many other candidates are still being considered, and whether I'm among the front-runners.",
    },
    { name: "whether I am in the final two", text: "Could you let me know if I am in the final two or three candidates?" },
    { name: "down to the last two, and am I one of them", text: "hey is the mechanic position down to the last two? and am i one of them lol" },
    // Entries kept narrow: being employed now, and something to be given in writing.
    { name: "employed at the moment", text: "I am employed full-time at the moment, so could you call after 5pm?" },
    { name: "give it to me in writing", text: "Could you give it to me in writing, the address for the second interview?" },
    // The others asked about, with no word of the speaker's own outcome: the candidates rule's alone.
    { name: "tell me, did you go with someone else", text: "Hi Joel, been a month since the final round and not a peep. Just tell me, did you end up going with someone else?" },
    { name: "already chosen someone else", text: "hello, 2 weeks no reply... have u already chosen someone else? just be honest" },
    {
      name: "still in with a shout, after asking about the other candidate",
      text: "Did the other candidate for the night-manager job have more hotel experience than me? Wondering whether I'm still in with a shout.",
    },
    // The speaker's standing right after a question about the others says why that question is asked.
    { name: "where I stand, after asking about the others", text: "Are the other candidates more experienced than me? I'd like to know where I stand." },
    { name: "where I stand, after asking if it is between me and another", text: "Is it between me and the lady from Bristol now? I'd love to know where I stand." },
    { name: "whether the line would get through", text: "I wasn't sure if I'd get through or not, so I'll also send an email." },
    { name: "my position, after asking about another", text: "Can I ask, the other welder who come same day, he get more point than me? I want know my position." },
    { name: "was it me you were trying to reach", text: "I had a missed call from this number, was it me you were trying to reach?" },
    // A rank that is not the speaker's against another leaves the chances asked for themselves (see invalid).
    { name: "some news", text: "I call to ask if you have some news for me." },
    { name: "the others' outcome", text: "hey quick question, how many candidates made it to the final round for the junior designer job?" },
    { name: "my chances, after counting the others", text: "How many lads have you got going for it? Am I in with a shout?" },
    { name: "my chances, after asking about the others", text: "How many people did you interview for the sales rep role? I want to know my chances." },
    { name: "the right place for the induction", text: "Do I have the right place for the induction on Monday?" },
    { name: "a parking spot booked", text: "Did I get the parking spot booked for Thursday?" },
    { name: "their standing against another", text: "I hear it's between me and one other lad, so I just want to know where I stand against him." },
    { name: "the job feels right for me", text: "I really feel the job is for me, so please let me know if you need anything else from me." },
    { name: "when to expect interview results", text: "When should I expect my interview results?" },
    // After a question of its own, "if I got the job" supposes the verdict.
    { name: "who I'd report to if I got the job", text: "Hey Jordan, quick one, are you able to tell me who I'd be reporting to day to day if I got the job?" },
    { name: "if hired or not, feedback", text: "If I am hired or not, please send me feedback." },
    { name: "whether to bring tools", text: "I want to know if I need to bring my own tools." },
    { name: "the verdict supposed, then a question", text: "If I've been successful, when would I start?" },
    { name: "the outcome told, not asked", text: "I got the job at the bakery last year, so I know the trade." },
    { name: "a rhetorical 'is it just me'", text: "Is it just me, or was the coffee at reception amazing?" },
    { name: "the timeline", text: "Where are you in the hiring timeline?" },
    { name: "next steps", text: "Could you tell me what the next steps are?" },
    { name: "a wish, not a question", text: "I'd love to get the job." },
    { name: "checking a detail", text: "Did I get the spelling of your name right?" },
    { name: "whose something else is", text: "Is the blue umbrella by the door mine?" },
    { name: "deciding something else", text: "Have you decided where the team will sit?" },
    { name: "asking to be reached, in a voicemail's close", text: "Kindly reach me on 020 555 0129 or yaw.darko.acc@gmail.com." },
    { name: "a question about the job, the verdict supposed", text: "If selected, would I be working alongside the other new starters?" },
    { name: "a condition in texting", text: "if i get it would i be on earlies or lates?" },
    { name: "an inverted condition", text: "Should my application be successful, I would need to give one month's notice." },
    { name: "a condition after a comma", text: "I also wanted to ask, if I'm lucky enough to be offered it, whether the uniform is provided." },
    { name: "'should I be lucky enough' as a condition", text: "Could you tell me more about the probation period, should I be lucky enough to be offered the role?" },
  ],
  invalid: [
    { name: "a learner's 'taken me or no'", text: "I would like to know if you have taken me or no, because I am very motivated.", cue: "have taken me or no" },
    { name: "let me know if it is good news", text: "Could you ring me back and let me know if it's good news?", cue: "if it's good news" },
    { name: "others still considered, and did I get it", text: "How many applicants are still being considered and did I get the job?", cue: "did I get the job" },
    { name: "a learner's 'I get it or no'", text: "Its very long time since interview and still nothing. I get it or no? Plz reply", cue: "I get it or no" },
    { name: "am I in or not", text: "Morning! So, am I in or not?", cue: "am I in or" },
    { name: "did I get it, or has someone else", text: "Did I get it or has someone else got it?", cue: "Did I get it" },
    { name: "a learner's 'want ask if I am employed'", text: "Please, I want ask if I am employed now.", words: "I want ask if I am employed now" },
    { name: "a learner's 'what you decide for me'", text: "Hello, it's Rozhin. I want ask what you decide for me.", cue: "decide for me" },
    { name: "a learner's 'passed or failed'", text: "I want to ask, I am passed or failed?", cue: "passed or failed" },
    { name: "a learner's 'if I receive the job'", text: "I want to ask if I receive the job.", cue: "if I receive the job" },
    { name: "have I been taken", text: "I just wanted to find out, have I been taken?", cue: "have I been taken" },
    { name: "if I get through or not", text: "I just want to find out if I get through or not.", cue: "I get through or" },
    { name: "me or someone else", text: "did u pick me or someone else??" },
    { name: "did you give it to me", text: "hey so did u guys give it to me or the other girl? 😬", words: "did u guys give it to me or the other girl" },
    { name: "still in the running, after a mere mention of the others", text: "I know you've seen lots of good people. Am I still in the running?" },
    { name: "positive or negative", text: "I would like to know: is the decision positive or negative for me?" },
    { name: "got or not", text: "hi Mr Ong, sorry to disturb, the cashier job, got or not?" },
    { name: "in with a shout, alone", text: "Be honest with me, am I in with a shout?" },
    { name: "in with a chance, after a rank of something else", text: "Is Leeds your number one site? Am I still in with a chance?" },
    // A statement about the others, not a question: the chances are asked for themselves.
    { name: "in with a shot, after a statement about the others", text: "I know you've interviewed a lot of strong candidates. Am I still in with a shot?", cue: "in with a shot" },
    // "someone else" is where the job went, not who asks: the speaker's outcome decides it.
    { name: "gone to someone else", text: "Has the job gone to someone else?", cue: "gone to someone else" },
    { name: "what the decision is", text: "Just wanted to ask what the decision is on my application." },
    { name: "my chances, alone", text: "Be honest with me, what are my chances?" },
    { name: "if I got the … spot", text: "Morning Sarah, just wondering if I got the apprentice electrician spot?" },
    { name: "calling to know my fate", text: "Hi, this is Obinna, I'm calling to know my fate for the ticketing agent position." },
    { name: "asked respectfully", text: "I wanted to respectfully ask whether you have reached a decision on my application." },
    { name: "where I stand", text: "Would love to know where I stand." },
    { name: "if I got the job, asked", text: "Can you tell me if I got the job?" },
    { name: "did I succeed", text: "I would like to know please, did I succeed?" },
    { name: "whether I'm still in the running", text: "I wanted to check whether I'm still in the running for it." },
    // "…, if I am hired or not" puts the question; it supposes nothing.
    { name: "if I am hired or not", text: "I am requesting to know the position of my application, if I am hired or not." },
    // A comma and a filler between the ask and its "if" do not make the verdict a supposition.
    { name: "whether successful, asked across 'um,'", text: "I'd like to know, um, if I've been successful or not." },
    { name: "asked by inversion mid-sentence, no question mark", text: "hi its jade from the interview did i get the job" },
    { name: "a call made on the speaker", text: "Just wondering if you'd made a call on me for the designer role yet?" },
    { name: "did I get it", text: "Hi Priya, did I get the job?", words: "did I get the job" },
    { name: "a request", text: "Please tell me whether I got the job." },
    { name: "if, after a verb of knowing", text: "Could you let me know if I got the job?" },
    { name: "a condition wrapped round a request to be told", text: "If you could let me know whether I've got the post, that'd be grand." },
    { name: "a condition, then asked to be told", text: "If I've got it, could you tell me now?" },
    { name: "a condition, then the verdict asked outright", text: "If it's okay did I get the job?", words: "If it's okay did I get the job" },
    { name: "a condition with no comma, then the question", text: "In case you forgot did I get the job?" },
    { name: "I need to know", text: "I need to know if I got the job." },
    { name: "the cut", text: "Did I make the cut?" },
    { name: "decided yet", text: "Have you decided yet?" },
    { name: "decision made", text: "Have you made a decision yet?" },
    { name: "indirect", text: "I'd like to know whether I got the role." },
    { name: "an internship", text: "So did I get the internship or not?" },
    { name: "with an adverb in between", text: "Have I actually got it?" },
    { name: "whose the job is", text: "Is the job already mine?" },
    { name: "asking to be told at a number", text: "Could you text me at 555 0129 whether I am through to the next round?" },
  ],
});

testRule("no-questioning-delay", {
  valid: [
    { name: "a thank-you rather than a chase", text: "I know you said you'd be in touch by the end of the month, so please take this as a quick thank you rather than a chase." },
    { name: "software nobody has used since 2010", text: "The test you gave was about software nobody has used since 2010.", context: { stage: "after-rejection" } },
    { name: "the other candidate you mentioned end up", text: "Did the other candidate you mentioned end up doing the final round too?" },
    { name: "within two weeks, so it is still early", text: "I know you said you'd have a decision within two weeks, so it's still early. Just want to say I'm keen!" },
    { name: "their word, and a meeting dated after it", text: "You said a day's trial would be needed when we met a week ago. When would suit?" },
    { name: "day one of waiting tables", text: "Day one of waiting tables starts at 6pm, is that right?" },
    { name: "a second email now with the file", text: "The first attachment was corrupted, so here is a second email now with the right file." },
    { name: "kept waiting in reception without a word of apology", text: "I was surprised the panel kept me waiting 45 minutes in reception without a word of apology." },
    { name: "my own slip several times", text: "I realised after our interview that I referred to your charity by its old name several times. Very embarrassing!" },
    { name: "three calls this week to book a medical, as asked", text: "I have called three times this week to book my medical, as you asked." },
    { name: "three tries when the portal opened", text: "I tried three times when the portal opened, and it finally worked, thanks!" },
    { name: "their Friday, and sitting tight", text: "Hi Bridget, you said you'd have an answer by Friday so I'll sit tight, just wanted to say thanks again for Monday 😊 Niamh" },
    {
      name: "nobody knew who I was supposed to meet",
      text: "Honestly the day felt disorganised; nobody seemed to know who I was supposed to be meeting that day.",
      context: { stage: "after-offer" },
    },
    { name: "48hrs, and happy to wait", text: "They said 48hrs for the test results, and I'm happy to wait." },
    { name: "the second email with documents", text: "This is the second email I have sent with the documents you asked for." },
    // A short wait said with patience presses nothing after it.
    { name: "three weeks, no worries; then the question", text: "It's been three weeks, no worries. Did I get the barista job?" },
    { name: "nothing urgent", text: "I know you said you'd be in touch by the end of the month, so this is just a quick thank-you, nothing urgent." },
    { name: "two weeks said, two now", text: "You said two weeks. We're at two now, so no rush." },
    { name: "months to get a licence", text: "It took me months to get my HGV licence, so I'm glad it's done." },
    { name: "happy waiting a month", text: "I don't mind waiting a month, honestly." },
    { name: "notified of the offer, then the date now", text: "I was notified of the offer on the 3rd. It is the 10th and I'd like to accept.", context: { stage: "after-offer" } },
    {
      name: "had nothing to do with",
      text: "I must say the technical round was quite poorly conducted, the interviewer joined late and the questions had nothing to do with the JD.",
    },
    { name: "now well under, not a wait", text: "I got the offer, and now it's well under what other practices pay.", context: { stage: "after-offer" } },
    { name: "told the end of March, and it is the end of March", text: "I was told we would hear by the end of March. It is now the end of March, so I thought I would check in." },
    { name: "chasing this up", text: "Hi Rachel, just chasing this up. Thanks again for your time on Wednesday." },
    { name: "chasing up, as a follow-up says it", text: "Hi Rachel, Ben Carroll. Just chasing up the estimator interview from last Wednesday. Thanks for your time on that." },
    { name: "the rate, at some point", text: "Could we chat about the hourly rate at some point?", context: { stage: "after-offer" } },
    { name: "what they said, recalled warmly", text: "I loved what you said last week about the team." },
    { name: "adding to a follow-up", text: "Just adding to my follow-up: I've attached my certificate." },
    { name: "already emailed, nothing pressed", text: "No need to resend the forms, I already emailed." },
    // A wait played down is not held against anyone ("only been a week").
    { name: "only a week, then the question", text: "I know it's only been a week, but I'm dying to know: did I get the Programme Officer job?" },
    { name: "only five days, then the question", text: "It's only been five days. Have I got the job?" },
    { name: "no rush, only a week", text: "No rush, it's only been a week." },
    // The speaker's own slowness apologised for, and a letter's courteous close.
    { name: "apologies for taking so long", text: "Hi Leon, apologies for taking so long to send over my portfolio. It's attached now." },
    { name: "I am waiting your reply", text: "Kindly tell me whether I am selected for the Quality Inspector post. I am waiting your reply." },
    // A wait within the time they gave: not for the model to report alone either.
    { name: "you said a month, it has been two weeks", text: "You said a month. It has been two weeks." },
    // A date now after a date that is not earlier, or of nothing done.
    { name: "start Monday, today the 3rd", text: "I can start on Monday. Today is the 3rd, so that would be the 8th." },
    { name: "notice ends 30 April, now 2 April", text: "My notice period ends on 30 April. It is now 2 April, so I could start in May." },
    { name: "second round on the 20th, it is the 12th", text: "You mentioned the second round would be on the 20th. It is the 12th, so I've booked the day off." },
    // Someone of the speaker's gave the time.
    { name: "told by my landlord", text: "I was told by my landlord the flat would be ready on Friday. It's Monday and I've moved in, so I'm all set to start." },
    { name: "a short wait after a wish not about hearing", text: "We spoke two weeks ago. It would have been nice to meet the whole team, but I loved the tour." },
    // A bare wait, then warm words and nothing sharp; or patience said after it.
    { name: "ten days, and still excited", text: "It's been ten days since my interview. I'm still excited about the role and happy to answer any further questions." },
    { name: "two weeks already, time flies", text: "Hey! It's been 2 weeks already, time flies! Hope the hotel opening is going well" },
    { name: "patience", text: "I know these things take time, so no rush." },
    // The delay model alone gave this 0.73 for a while ("silence" weighs as the employer's silence): retraining moves such lines.
    { name: "a quiet office someone enjoyed", text: "I enjoyed the silence of the office." },
    { name: "a threat with the honest reason for it", text: "I have another offer, so I'll need to hear back by Wednesday or I'll have to withdraw." },
    { name: "withdrawing, asked about", text: "If I withdraw my application, do I need to tell HR by Friday?" },
    { name: "emails counted with what they carried", text: "I sent three emails with my references last week, as you asked." },
    { name: "the wait said again, with more", text: "It's been a week since the interview. A great week." },
    { name: "a pointed tail with no wait", text: "Just saying, I loved the tour." },
    { name: "'just saying' that goes on to a greeting", text: "Our interview was three weeks ago. Just saying hello!" },
    { name: "'pull out' as fetching something", text: "I'll pull out the certificates you asked for and send them by Friday." },
    { name: "a neutral timeline question", text: "When do you think you might decide?" },
    { name: "what happened, about something else", text: "Could you tell me what happened to the old office building?" },
    { name: "a courtesy before asking if now suits", text: "I won't keep you long, is now alright?" },
    { name: "a follow-up about a second interview", text: "I'm writing a short follow up to my second interview." },
    { name: "asking again for another reason", text: "Is now a good time? I'm asking again because the line dropped." },
    { name: "when the interview was, said as 'that was'", text: "I came in for the driver position, that was two weeks ago today." },
    { name: "a stage direction in brackets", text: "(If they sound rushed, ask why it is taking so long another day.)" },
    { name: "a deadline with another offer said earlier in the text", text: "I have another offer from a clinic. I need an answer by Friday." },
    { name: "asking whether a reply will come by a date", text: "Will I hear back by Friday?" },
    { name: "the candidate's own answer by a date", text: "I'll send you my answer by Friday." },
    { name: "a wish with no time in it", text: "It would have been nice to meet the whole team." },
    { name: "the interviewer's turn in a transcript", text: "Interviewer: Sorry, why is it taking us so long? Candidate: No problem at all." },
    { name: "asking whether to expect a reply by a date", text: "Should I expect to hear by the end of the month?" },
    { name: "the speaker's own hindsight", text: "I should have told you sooner that I'm away next week." },
    { name: "a longer sentence about the interview before a question", text: "It's been two weeks since our interview at the depot. When do you expect to decide?" },
    { name: "a wish to have met the team earlier", text: "It would have been nice to meet the team earlier, but it was great." },
    { name: "the wait in a stage direction before the question", text: "(It's been three weeks.) Have I got the job?" },
    { name: "the wait in the interviewer's turn", text: "Interviewer: Sorry, it's been three weeks.\nMe: Did I get it?" },
    // Time said with no word of reproach: the model, not sure enough (below 0.95), stays quiet.
    { name: "two weeks since we met, said plainly", text: "We met two weeks ago at the depot." },
    { name: "a week since, and still excited", text: "It's been a week since our interview and I'm still very excited about the role." },
    // How long things take as a rule, asked of no one: a timeline question (the model alone gave it 1.00).
    { name: "how long it usually takes to hear back", text: "thnx for today. how long does it usually take to hear back on these" },
    { name: "how long the checks normally take", text: "How long do the background checks normally take?" },
    // Their word about when, then the time now, but not a reproach: said as patience, or not about when.
    { name: "what they said about when, and only a week gone", text: "I know you said two weeks and it's only been one, so this is purely a thank-you, not a chase!" },
    { name: "what they said, not about when", text: "You said to bring my passport. It's the only ID I have." },
    { name: "what they said about the shift, and a time of day", text: "They said the shift starts at six. It's now my favourite time of day." },
    // The time they gave is the time it is now: ringing as agreed.
    { name: "told to call back on Tuesday, and it is Tuesday", text: "You told me to call back on Tuesday. It's Tuesday, so here I am!" },
    { name: "told Monday, and it is Monday", text: "I was told Monday. It is now Monday, and here I am, ringing as agreed." },
    // Someone else's word about a time, and the time now the same.
    { name: "a doctor's two weeks", text: "I was told by my doctor to rest for two weeks. It's now been two weeks and I'm fully fit to start." },
    { name: "a course's twelve weeks", text: "They said the course lasts 12 weeks. It's been 12 weeks of hard work and I passed!" },
    // The speaker's own slowness, and the speaker's own promise kept.
    { name: "if I'm slow to reply", text: "I'm away filming with patchy signal, so if I'm slow to reply that's why!" },
    { name: "as promised, attached", text: "As promised, I've attached the budget template I mentioned." },
    // Their word recalled to ask whether it still holds: a timeline question.
    { name: "whether their date is still the plan", text: "I'm ringing because you said you'd let people know by Friday and I wondered if that's still the plan?" },
    // The speaker's own slowness, and patience said after a wait: not for the model to report alone either.
    { name: "on holiday, so slow to reply", text: "hi, just letting u know I'll be on holiday from the 10th, so if I'm slow to reply that's why! thanks again for the interview" },
    { name: "excuse the delay in my reply", text: "Please excuse the delay in my reply; our internet was down over the weekend." },
    { name: "a few weeks, and happy to wait", text: "I realise it may take a few weeks to hear, given the vetting involved, and I'm happy to wait." },
    // A weekday said as today is said in passing.
    { name: "met on Monday, it's Friday and still keen", text: "We met on Monday. It's Friday and I'm still keen!" },
    // Their word, then a sentence that tells more than a wait.
    {
      name: "what the recruiter said, then when we met and keen",
      text: "The recruiter told me you'd decide by the end of the month. We met two weeks ago and I'm still very keen.",
    },
    // ", which is why…" tells the reason for one's own lateness; it asks nothing.
    { name: "lateness explained with 'which is why'", text: "The traffic on the ring road was shocking, which is why I was ten minutes late. Sorry again!" },
  ],
  invalid: [
    { name: "a learner's 'is long time'", text: "Hello, this is Mr Tran. Again. Still I did not hear about the job. Is long time.", cue: "Is long time" },
    {
      name: "news this side of Christmas",
      text: "Hello, yes, it's me again, about the removals job. Any chance of news this side of Christmas?",
      cue: "news this side of Christmas",
    },
    { name: "followed up several times", text: "I have followed up several times.", cue: "followed up several times" },
    { name: "the decision was supposed to be last Friday", text: "The decision was supposed to be last Friday. Any news?" },
    { name: "take the silence as my answer", text: "Should I take the silence as my answer?" },
    { name: "not great at getting back to people", text: "For a company that dispatches things, you're not great at getting back to people.", cue: "not great at getting back to" },
    {
      name: "the email's couple of days, nine days ago",
      text: "the offer email said the contract would follow in a couple of days. that was 9 days ago lol",
      context: { stage: "after-offer" },
    },
    { name: "a text numbered, now", text: "Hello again Pete, 4th text now, any word on the scaffolder job??", cue: "4th text now" },
    { name: "day 23 of waiting", text: "hi again. day 23 of waiting for a reply about the cashier job", cue: "day 23 of waiting" },
    { name: "the end of that month, and now March", text: "I was told the board would decide by the end of that month. We are now in March." },
    { name: "a few days, said two weeks ago", text: "hey, you said 'a few days' two weeks ago, any news?" },
    { name: "three calls this week", text: "Listen, I've called three times this week. Like, how long does one decision take?", cue: "called three times" },
    { name: "their weekday, then a texted Monday", text: "hi again, u said ud call by thurs... its mon. ??" },
    { name: "48hrs, then a week", text: "hi sorry but u said 48hrs and its been a week?? whats going on with the kitchen job" },
    { name: "weeks, follow-ups and zero replies counted", text: "Hi Rebecca, 6 weeks, 3 follow-ups, zero replies. I'd appreciate knowing whether the role is even still active." },
    // A job named for a train is not a train that made the speaker late.
    {
      name: "the third message, about the train guard job",
      text: "This is the third message I've left about the train guard job.",
      words: "This is the third message I've left about the train guard job",
    },
    { name: "no rush, only a month (commas)", text: "No rush, obviously, it's only been a month 🙄", words: "it's only been a month" },
    { name: "their email's date, then today's", text: "Your email said we'd hear by the 10th. It's the 24th." },
    { name: "my 4th text", text: "hi again Lauren, sorry, just me... any news? this is my 4th text" },
    // Weekdays shortened as texts shorten them.
    { name: "by fri, now wed", text: "hiya its Jade from the interview on tues. u said id hear by fri and its now wed??" },
    { name: "by thurs, it's tues", text: "You said I'd hear by thurs. It's tues." },
    { name: "nobody bothered to ring", text: "Three weeks and nobody has bothered to ring me." },
    { name: "rang twice, here again", text: "Hi, Bernadette here. I rang Monday, I rang Wednesday, and here I am again on Friday.", words: "and here I am again on Friday" },
    { name: "a month, after a greeting; then yes or no", text: "Hi Kim, it's been a month. Can you just let me know yes or no on the Store Manager role?" },
    { name: "the third letter I have written", text: "This is the third letter I have written concerning my interview of 4 January." },
    { name: "3rd message this week", text: "hi, me again. 3rd message this week 🙄 any chance of an answer on the shop assistant job?" },
    { name: "still nothin", text: "hey, still nothin??" },
    { name: "tired of chasing", text: "Hi Dana, I'm getting a bit tired of chasing. Could someone please give me an update?" },
    { name: "still not knowing, weeks on", text: "Six weeks on and I still don't know where I stand." },
    { name: "calling for the third time", text: "Hi, this is Precious calling for the third time about the customer service job." },
    { name: "very patient, after weeks", text: "It's been six weeks and I have been very patient." },
    { name: "a third letter", text: "This is my third letter since my interview on 9 January." },
    { name: "asked before, counted", text: "Hiya, any word? I know, I know, I asked Monday too." },
    { name: "their word, repeated after weeks", text: "Right. That's what you said three weeks ago as well." },
    { name: "a follow-up on a follow-up", text: "Hi Marisa, following up on my follow-up to last week's follow-up." },
    { name: "patience spent", text: "Look, I've been patient. I've been really patient.", count: 2 },
    // The speaker's slowness does not excuse the employer's wait in the same clause, nor a boast of patience.
    { name: "slow to reply because of their six weeks", text: "I was slow to reply because your team took six weeks to get back to me." },
    { name: "six weeks, and very patient", text: "Nobody has replied in six weeks, and I have been very patient." },
    // Lengths compared, not their last words.
    { name: "eight weeks, told two weeks", text: "Eight weeks now, and I was told two weeks." },
    { name: "two weeks said, twenty-one days since", text: "You said two weeks. That was twenty-one days ago." },
    { name: "should have had an answer", text: "I should have had an answer last week." },
    { name: "should have been told by now", text: "I really should have been told by now." },
    // Patience said before the wait is often irony.
    { name: "no rush, it's only been a month", text: "No rush, obviously — it's only been a month 🙄" },
    { name: "not picking calls since then", text: "Sir, I have given interview on Monday itself and HR is not picking calls since then. What is the issue?" },
    { name: "a sad face is not a bracket", text: "Still nothing :(\nWhy is this taking so long?\nAnyway :)", count: 2 },
    { name: "brackets in an email are read", text: "(Why is this taking so long?)", context: { kind: "follow-up-email" } },
    { name: "why so long", text: "Why is it taking so long?" },
    // Time said with no word of reproach, where the model is sure: a promise and the days since.
    { name: "told a week, and nineteen days since", text: "With respect, I was told I would hear back within a week and it has now been nineteen days." },
    { name: "a chaser that counts itself", text: "2nd follow up. pls reply", words: "2nd follow up" },
    { name: "asking again", text: "Any update? Second time asking." },
    { name: "it's been two weeks and nothing", text: "It's been two weeks and still nothing." },
    { name: "you promised", text: "You said I'd hear by Friday." },
    { name: "how come", text: "How come I haven't heard anything?" },
    { name: "the hold up", text: "What's the hold up?" },
    { name: "why no decision", text: "Why hasn't a decision been made yet?" },
    { name: "slow", text: "The process has been really slow." },
    { name: "a reply demanded by a date", text: "Please respond to this email by end of day tomorrow.", words: "Please respond to this email by end of day tomorrow" },
    { name: "an answer needed today", text: "i need an answer today." },
    { name: "a reply expected within days", text: "I must request a substantive response to this letter within seven days." },
    { name: "what is going on, after weeks", text: "It's been three weeks, what's going on?" },
    { name: "you could have told me a month ago", text: "You could've told me this a month ago tbh" },
    { name: "it would have been nice sooner", text: "It would have been nice to hear sooner." },
    { name: "per my last email", text: "Per my last three emails, I'm still awaiting an update." },
    { name: "following up for the fifth time", text: "Hello, I am following up for the 5th time regarding my interview." },
    { name: "thanks for finally replying", text: "Thank you for finally getting back to me, seven weeks after the interview." },
    { name: "thanks for finally telling me", text: "ok thx for finally telling me. 2 months lol" },
    { name: "the wait said just before the question", text: "Its been three weeks. Have I got the job or not", words: "three weeks. Have I got the job or not" },
    { name: "a reply expected at the latest", text: "I expect to hear from you by the 14th at the latest." },
    { name: "a wish that it had not taken so long", text: "I just wish it hadn't taken you a month and a half to tell me." },
    { name: "diminishing patience", text: "I trust my letter reached you. I await, with diminishing patience, your reply." },
    {
      name: "a date demanded, the other offer denied",
      text: "I don't have another offer. Please respond to this email by Friday.",
      words: "Please respond to this email by Friday",
    },
    { name: "a wait that is a reproach of its own is reported once", text: "Three weeks now, no word. Did I get it?", words: "no word" },
    { name: "ghosting", text: "r u ghosting me? lol" },
    { name: "a month to say no", text: "took u a month to say no? cheers" },
    { name: "a reply in good time would have been appreciated", text: "Some acknowledgement within a reasonable period would have been appreciated." },
    { name: "a week since you said", text: 'been a week since u said "tomorrow"' },
    { name: "a pointed tail after the wait", text: "The interview was three weeks ago. Just saying.", words: "three weeks ago. Just saying" },
    {
      name: "their word, the wait since, and a pointed tail",
      text: "Was told end of the week. The interview was three weeks ago. Just saying.",
      words: "Was told end of the week. The interview was three weeks ago",
      count: 1,
    },
    // Whether the model is sure of the bare wait after a promise (then it reports the wait) or not
    // (then the pointed tail does), it is one finding, not a second for the tail.
    { name: "a wait after a promise, and its pointed tail", text: "Was told end of the week. That was three weeks ago. Just saying.", count: 1 },
    // The wait, then their shorter word: one finding, not a second for the question after it.
    {
      name: "a wait the model reports, then the verdict asked",
      text: "It's been three weeks, and I was told a week. Did I get it?",
      words: "three weeks, and I was told a week",
      count: 1,
    },
    // Time said with no word of reproach, and then a pushed question the model is sure of (p >= 0.95).
    { name: "three weeks, and how many more are left", text: "I get that you're busy but it's been 3 weeks, how many more are left??" },
    { name: "the wait said again, alone", text: "It's been six weeks since the interview. Six." },
    { name: "a reproach and its echo are one finding", text: "It's been a month with no reply. A month.", count: 1 },
    { name: "a reproach and its pointed tail are one finding", text: "Still no word after three weeks. Just saying.", count: 1 },
    { name: "attempts counted out", text: "I've messaged on here three times now." },
    { name: "a date with a threat to pull out", text: "If nobody can tell me anything by Friday I'm going to have to pull out." },
    { name: "silence taken as a no by a date", text: "If I don't hear by Thursday I'll take it the answer's no." },
    // Put to them, "usually" does not make it a question about the process.
    { name: "how long you lot normally take", text: "How long does it normally take you lot to pick up a phone?" },
    { name: "scorn about a reply, asked", text: "how hard is it to reply to one email" },
    { name: "scorn about a reply, asked another way", text: "Is it really that hard to send a quick reply?" },
    { name: "never hearing back, asked", text: "so am i just never hearing back then" },
    // Their word about when, set against the time now: the next sentence or the same one.
    // One finding, on both sentences or (when the model reads the first alone as pressing) on the first.
    { name: "you said Thursday, it's Tuesday", text: "u said ud call thursday. its tuesday" },
    { name: "you said a few days, it's been eleven", text: "u said a few days. its been eleven", words: "u said a few days. its been eleven" },
    { name: "told Friday and it's now Wednesday", text: "I was told Friday and it's now Wednesday. Could someone let me know?", count: 1 },
    { name: "told a date, and a wait since", text: "I was told early next week, and that was three weeks ago." },
    {
      name: "what the recruiter said, and the days since",
      text: "The recruiter said forty-eight hours. It's been twelve days.",
      words: "The recruiter said forty-eight hours. It's been twelve days",
    },
    { name: "a bare count of days, then a pointed tail", text: "Hi Tom. It's been 23 days. Just saying.", count: 1 },
    // The date now, after the date of something done.
    { name: "interviewed on one date, and today another", text: "I attended interview on 2nd. Today is 23rd.", words: "Today is 23rd" },
    { name: "interviewed in March, and now April", text: "Dear Recruitment Team, I interviewed on 4 March. It is now 2 April.", words: "It is now 2 April" },
    { name: "a wait, then what they could have done", text: "Got your letter, finally. Seven weeks. You could have told me in one.", words: "You could have told me in one" },
    // Trusted without the model: it scores each of these short sentences low on its own.
    { name: "told a day, and a bare weekday after", text: "I was told Friday. It's Wednesday. So. Anything?", words: "was told Friday. It's Wednesday", count: 1 },
    {
      name: "a wait told, then what they said",
      text: "Shame it took the best part of two months when you said two weeks, but there you go.",
      words: "Shame it took the best part of two months when you said two weeks",
    },
    {
      name: "their word, then the days since",
      text: "I was told someone would ring me today. That was nine days ago.",
      words: "was told someone would ring me today. That was nine days ago",
    },
    {
      // Reported once: on the sentence with the month when the model is unsure of the first, on the first when it is sure.
      name: "assured of a week, and now a month on",
      text: "I was assured of a decision within seven days. It is now November.",
      count: 1,
    },
    { name: "two weeks said, four now", text: "I mean, you said two weeks. We're at four.", cue: "you said two weeks. We're at four" },
    {
      name: "months to receive a reply",
      text: "Nearly three months to receive a reply is, I think, excessive.",
      context: { stage: "after-rejection" },
      cue: "months to receive a reply",
    },
    { name: "it took me months to receive a reply", text: "It took me months to receive a reply.", context: { stage: "after-rejection" } },
    {
      name: "waiting a month to be told no",
      text: "Waiting a month and a half just to be told no wasn't great.",
      context: { stage: "after-rejection" },
      cue: "Waiting a month and a half",
    },
    { name: "weeks past when you said", text: "Ok so that's 2 weeks past when u said ud let me know about the welding job.", cue: "weeks past when" },
    {
      name: "a full month to wait",
      text: "After being told a few days it was frustrating to wait a full month for an answer.",
      context: { stage: "after-rejection" },
      cue: "wait a full month",
    },
    { name: "a learner's 'why you don't answer me'", text: "I call four times for the job of driver. Why you don't answer me?", cue: "Why you don't answer" },
    { name: "a learner's 'how long I must wait'", text: "I did interview for bus driver 4 week ago. How long I must wait?", cue: "How long I must wait" },
    { name: "anyone ever going to ring", text: "Four weeks, mate, four weeks. Is anyone ever going to ring me back?", cue: "anyone ever going to ring" },
    {
      name: "how hard is one call",
      text: "I've rung about the bike courier job and no one's got back. Honestly, how hard is it to make one call?",
      cue: "how hard is it to make one call",
    },
    {
      // The time they gave ends in its month, not in "of": "the end of March" is not "the middle of May".
      name: "informed of the end of March, and now the middle of May",
      text: "I was informed at interview that candidates would be notified by the end of March. It is now the middle of May.",
      words: "was informed at interview that candidates would be notified by the end of March. It is now the middle of May",
    },
  ],
});

testRule("no-complaining", {
  valid: [
    {
      name: "my own slip several times, then a verdict",
      text: "I'm writing to apologise: I realised after our interview that I referred to your charity by its old name several times. Very embarrassing!",
    },
    { name: "worked as a clown", text: "I used to work as a clown at kids' parties." },
    { name: "my laptop wiped my progress", text: "My laptop crashed and wiped all my progress on the assessment, so I may need a new link." },
    { name: "a verdict after the wait, beside knowing they are busy", text: "Three weeks since the interview and not a peep, and I know you have a lot on. Bit rude tbh." },
    {
      name: "the terms named in the sentence before the remark",
      text: "Before I sign, could we talk about the base salary? It's a little below what I was hoping for given the on-call duties. Is there any flexibility?",
      context: { stage: "after-offer" },
    },
    { name: "moved by what you told me", text: "I was moved by what you told me about the sensory room, and I remain very keen to join your school." },
    { name: "not fair of me to vent", text: "I think I was a bit too blunt about my last boss. It's a sore point, but it wasn't fair of me to vent." },
    { name: "or is now bad", text: "Hi David, it's Rachel. Do you have two minutes, or is now bad?" },
    { name: "a verdict on my own slip after an apology", text: "I'm writing to apologise: I called your charity by its old name. Very embarrassing!" },
    { name: "a verdict after the wait since the interview", text: "Three weeks since the interview and not a peep. Bit rude tbh." },
    { name: "signing felt like a formality", text: "Signing the contract felt like a formality after such a warm welcome.", context: { stage: "after-offer" } },
    // Understanding said of their reason, not a complaint about it.
    { name: "totally get that the manager is away", text: "Totally get that the hiring manager's on holiday. Happy to wait until she's back." },
    { name: "a voicemail that cut out", text: "Hi Sue, got ur voicemail but it cut out halfway. Was that a yes for the dispatcher job??", context: { stage: "after-offer" } },
    {
      name: "the salary to discuss, a little below",
      text: "Thank you for the offer. I would like to discuss the salary a little, as it is slightly below what I was expecting.",
      context: { stage: "after-offer" },
    },
    { name: "a learner's apology for a wrong number", text: "I must excuse me, I gave the wrong number of telephone on my form." },
    {
      name: "regret owned and set aside",
      text: "Although disappointed, I appreciated the care with which the panel conducted the interview.",
      context: { stage: "after-rejection" },
    },
    // The speaker's own failing, and "…, which…" about it (the model vetoes "annoying" here).
    { name: "froze, which is annoying", text: "I'll say, I completely froze on the technical part, which is annoying because I do know that stuff." },
    { name: "praise", text: "The interview was really well organised." },
    { name: "a negated complaint", text: "I wasn't frustrated at all." },
    { name: "the traffic, not them", text: "The traffic on the way was dreadful, but the interview made up for it." },
    { name: "the speaker's own 'at least'", text: "I could at least send you my portfolio if that helps." },
    { name: "the speaker's own next talk", text: "I hope my next presentation is smoother than the last one." },
    { name: "praise of someone who listened", text: "I'd love to work with someone who actually listened as well as you did." },
    { name: "asking whether now is not a good time", text: "Do you have a moment to talk, or it is not a good time?" },
    // Judging only the wait is no-questioning-delay's to report (the corpora's writers label it so).
    { name: "a bare verdict after the wait", text: "Hiya, three weeks now and not a peep. Bit rude tbh" },
    { name: "the silence judged in its own sentence", text: "With respect, three reminders and no reply is quite disappointing." },
    { name: "a bare verdict after reminders counted", text: "I was told I'd hear by the 20th, it's the 27th, and I've messaged twice already. Bit frustrating tbh" },
    // After an offer, a mild word about the terms beside a request to move them negotiates.
    {
      name: "pay a bit lower, a chat asked",
      text: "Thanks for the offer. The pay is a bit lower than I expected, could we have a chat about it?",
      context: { stage: "after-offer" },
    },
    { name: "salary below, room asked next", text: "The salary's a bit lower than we discussed. Is there any room to move on that?", context: { stage: "after-offer" } },
    {
      name: "slightly below, scope asked",
      text: "The salary is slightly below the figure discussed. Would there be scope for a modest adjustment?",
      context: { stage: "after-offer" },
    },
  ],
  invalid: [
    { name: "your reception cannot take a message", text: "either u dont want me or ur reception cant take a message" },
    { name: "bounced around your switchboard", text: "Honestly, I've been bounced around your switchboard for twenty minutes.", cue: "bounced around" },
    { name: "a verdict after an apology for chasing", text: "Sorry to chase again. Bit of a joke, honestly.", cue: "a joke" },
    { name: "a complaint beside a situation now bad", text: "The receptionist was really rude to me, and the situation is now bad.", cue: "rude" },
    {
      name: "misrepresented the role",
      text: "Honestly, I think the recruiter misrepresented the role to me from the beginning.",
      context: { stage: "after-rejection" },
      cue: "misrepresented the role",
    },
    { name: "a bit of a muppet", text: "Tbh the foreman on the interview day was a bit of a muppet, but I still want the job lol.", cue: "bit of a muppet" },
    {
      name: "your form deleted my details",
      text: "Still interested in the bus driver job, but your online form deleted all my details when I tried to update my address. Please fix.",
      cue: "form deleted all my details",
    },
    {
      name: "a verdict after the wait and a switchboard of theirs",
      text: "This is my third voicemail. Your switchboard keeps sending me to a full mailbox, and I have heard nothing since the 2nd. Not impressed.",
      cue: "Not impressed",
    },
    // A job named for a car is not a car that broke down.
    { name: "the car wash interview, a shambles", text: "The car wash interview was a shambles, honestly.", cue: "a shambles" },
    { name: "no one in charge", text: "I'm starting to think no one's actually in charge there.", cue: "no one's actually in charge" },
    { name: "a mind made up before", text: "Well, I think the panel made its mind up before I'd even sat down.", cue: "made its mind up before" },
    { name: "a formality", text: "It felt like a formality.", cue: "It felt like a formality" },
    { name: "talked down to", text: "ur supervisor talked down to me the whole interview, not gonna lie", cue: "talked down to me" },
    { name: "the workshop's safety", text: "I was a bit taken aback that the workshop's health and safety was so poor." },
    { name: "dismayed by the quarters", text: "I must say I was dismayed by the condition of the staff quarters I was shown.", context: { stage: "after-offer" } },
    { name: "references mislaid", text: "Your administrator mislaid my references twice." },
    { name: "a piss take", text: "honestly the pay u mentioned is a bit of a piss take for a qualified sparky but let me know what u decide" },
    { name: "dissatisfaction recorded", text: "I must also record my dissatisfaction with the conduct of the interview." },
    { name: "unsafe equipment", text: "The practical test was conducted on equipment that was plainly unsafe, which I found most concerning." },
    {
      name: "a shocking rota",
      text: "thanks for the offer but not gonna lie the rota ur offering is shocking, 6 days on and 1 off? is that normal there",
      context: { stage: "after-offer" },
    },
    {
      name: "pay lower and disappointing, with a chat asked",
      text: "The pay is lower than we discussed, which is disappointing. Could we talk about it?",
      context: { stage: "after-offer" },
    },
    { name: "a mild word about the panel, then a request", text: "The panel seemed a bit cold. Could we talk about it?", context: { stage: "after-offer" } },
    { name: "a mild word about the pay before any offer", text: "Your pay is a bit low for this work, could we have a chat about it?" },
    { name: "a bare verdict after a complaint of its own", text: "Your receptionist hung up on me twice. Bit rude tbh", count: 2 },
    { name: "rude, after the speaker's own delay", text: "Sorry for the delay in my reply. The guy on the door was rude." },
    { name: "rude, a long sentence after the wait", text: "Three weeks and not a peep. Honestly the guy on the door was rude and the toilets were filthy." },
    { name: "a denied opinion after a regret", text: "Although disappointed, I didn't think the panel gave me a fair hearing." },
    { name: "a portal that did not load", text: "Your portal didn't load, which made applying hard." },
    { name: "a bit grim, with a tag", text: "Still interested. Just, between us, the building's a bit grim, isn't it?" },
    { name: "disappointed that, about them", text: "Although disappointed that the panel arrived forty minutes late, I enjoyed the conversation." },
    { name: "not how you treat people", text: "Two months to make up your minds and now you want an answer in 48 hours? That's not how you treat people." },
    { name: "left much to be desired", text: "The way the panel ran things left a great deal to be desired." },
    { name: "rude", text: "Your receptionist was rude.", words: "Your receptionist was rude" },
    { name: "an awful time, from their side", text: "Why did your receptionist give me such an awful time?" },
    // At the complaint model's veto for a while (0.26 with rounds 1–28, under its 0.3): retraining moves it both ways.
    { name: "too long", text: "The interview was far too long." },
    { name: "waste of time", text: "Honestly it felt like a waste of time." },
    { name: "a dig in a warm sentence", text: "It was good to finally meet someone at the company who actually knew what the job involved." },
    { name: "a comparison that is a dig", text: "Thanks, I accept. Hopefully onboarding is more organised than the interviews were." },
    { name: "free labour", text: "honestly the trial shift felt like free labour" },
    { name: "an aggressive colleague", text: "It was a bit of a grilling to be honest, your colleague was quite aggressive." },
    { name: "a meagre allowance", text: "I feel I must record that the relocation allowance is meagre." },
    // After a sentence about the wait, criticism that names someone of theirs is still a complaint.
    { name: "the wait, then their receptionist", text: "Three weeks and not a peep. Your receptionist was rude on the phone too." },
    { name: "the wait, then their switchboard", text: "Still no word after three weeks. Honestly your switchboard is a shambles." },
    { name: "advice that is a dig", text: "Thank you for a lovely afternoon. The reception staff could be a touch friendlier to visitors, but otherwise a great impression." },
  ],
});

testRule("honest-offers-only", {
  valid: [
    { name: "no other offers", text: "I don't have any other offers." },
    { name: "offer as a verb", text: "I'm happy to offer references." },
  ],
  invalid: [
    { name: "another offer", text: "I have another offer on the table.", severity: "info" },
    { name: "offered elsewhere", text: "I've been offered a role at another firm." },
  ],
});

testRule("no-placeholders", {
  valid: [
    { name: "a phone number in brackets", text: "My number is (212) 555-0147." },
    { name: "an email with underscores", text: "Write to dana_w@example.com." },
    { name: "an email in angle brackets", text: "Email me at <dana@example.com>." },
    { name: "a link in angle brackets", text: "My portfolio: <https://example.com/dana>." },
    { name: "a stage direction in brackets", text: "Thank you. [pause] I'm still interested." },
    { name: "braces inside the candidate's own name", text: "This is {{Dana}} calling.", context: { candidateName: "{{Dana}}" } },
  ],
  invalid: [
    { name: "[your name]", text: "Hi, this is [your name].", words: "[your name]" },
    { name: "{{jobTitle}}", text: "About the {{jobTitle}} role.", words: "{{jobTitle}}" },
    { name: "(....)", text: "Call me on (....).", words: "(....)" },
    { name: "___", text: "See you on ___.", words: "___" },
    { name: "two blanks, two reports", text: "Hi [Name], this is <NAME>.", count: 2 },
    { name: "a described blank in parentheses", text: "Hi (interviewer's name), thanks again.", words: "(interviewer's name)" },
    { name: "one phone-number blank, one report", text: "Call me on (___) ___-____.", words: "(___) ___-____" },
  ],
});

describe("texts at the length limit", () => {
  // Each unit repeated up to just under the 20,000-character limit: as many diagnostics as units
  // say it, and a rule that rescanned a sentence for each of its hits would not finish in time
  // ("if I got it; tell me what; " is one sentence of thousands of clauses).
  it.each([
    ["Its been three weeks. Have I got the job or not. ", "no-questioning-delay", 1],
    ["if I got it; tell me what; ", "no-asking-for-decision", 0],
  ])("%j", (unit, ruleId, perUnit) => {
    const units = Math.floor(19_990 / unit.length);
    const found = lintScript(unit.repeat(units)).filter((diagnostic) => diagnostic.ruleId === ruleId);
    expect(found).toHaveLength(units * perUnit);
  });

  // A title of one word repeated 400 times had a form per repeat, each a pass over the text (39 s).
  it("matches a title thousands of characters long against such a text once", () => {
    const text = "Hi, it's Sam about the job from Tuesday. ".repeat(480).slice(0, 19_990);
    const found = lintScript(text, { kind: "call", jobTitle: "receptionist ".repeat(400).trim(), interviewDate: "2026-11-10" });
    expect(found.filter((diagnostic) => diagnostic.ruleId === "mention-role-and-date")).toHaveLength(1);
  });
});
