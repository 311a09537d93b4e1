// The words of the demo world: message turns, invitation notes and recommendation texts, all fictional.
//
// Placeholders: {first} the recipient's first name, {company} the contact's employer (never the owner's),
// {topic} one of the owner's focus topics, {me} the owner's first name (recommendations only). Several texts
// carry commas, line breaks and "quoted" words on purpose, because real exports do and importers must cope.

/** Openers for a conversation, by why it started; the generator decides who writes first for each kind. */
export const CONVERSATION_OPENERS: Record<'thanks' | 'recruiter' | 'intro' | 'referral' | 'congrats' | 'event' | 'advice', readonly string[]> = {
  thanks: [
    'Thanks for connecting, {first}!',
    'Hi {first}, thanks for accepting. Great to be connected.',
    'Thanks for the add, {first}. Let me know if I can ever help with anything.',
  ],
  recruiter: [
    'Hi {first},\n\nI came across your profile and think you could be a great fit for a Senior Product role on our team at {company}. Would you be open to a quick call this week?',
    'Hello {first}, I am hiring for a "Group Product Manager" position, remote-friendly, and your background in {topic} stood out. Interested?',
  ],
  intro: [
    'Hi {first}, I noticed you know someone on the platform team at {company}. Would you be comfortable introducing me? Happy to send a short blurb.',
    '{first}, quick one: do you know anyone working on {topic}? I would love to learn how they approach it.',
  ],
  referral: [
    'Hi {first},\nI saw an opening at {company} that fits my experience in {topic}. Would you be willing to refer me? I can send my CV and a short note you can forward.',
    'Hey {first}, hope you are well. I am applying for a role on your team, would a referral from you be possible?',
  ],
  congrats: [
    'Congrats on the new role at {company}, {first}! 🎉',
    'Congratulations {first}, well deserved. How are the first weeks going?',
    'Happy work anniversary, {first}!',
  ],
  event: [
    'Great meeting you at the {topic} meetup yesterday, {first}. As promised, here is the article I mentioned.',
    'Hi {first}, thanks for the talk at the conference. Your point about "small bets, fast feedback" stuck with me.',
  ],
  advice: [
    'Hi {first}, would you have 20 minutes for a coffee chat? I am moving into product and would value your perspective.',
    '{first}, I would love your take on how your team runs discovery, if you have a moment. We are struggling with it at {company}.',
  ],
};

/** Turns that keep a conversation going, used to build long threads between close contacts. */
export const CONVERSATION_TURNS: readonly string[] = [
  'Sounds good, talk soon.',
  'Thanks so much, really appreciate it!',
  'Sure, does Thursday at 10 work for you?',
  'Sorry for the slow reply, it has been a busy week.',
  'That makes sense. Let me think about it and come back to you.',
  'Ha, yes, exactly that.',
  'I just sent you the deck by email.',
  'Happy to help. Send me the details and I will forward them today.',
  'Good question. In short: it depends on the team, the timing, and the budget.',
  'Loved the article you shared on {topic}, by the way.',
  'Quick update: I had the first interview, it went well!',
  'They want to move forward, second round next week.',
  'Could you introduce me to the person who runs payments on your old team? No pressure.',
  'Introduced you both, over to you.',
  'Thank you! We had a great call.',
  'Let me check my calendar.',
  'Agreed. The "quick win" is rarely quick, though.',
  'On it.',
  'Merci beaucoup, à bientôt !',
  'Vielen Dank, bis bald.',
  '👍',
  'Can you share the job link?',
  'Here it is: https://careers.example.com/jobs/1234',
  'I owe you one.',
  'Congrats again, that is great news.',
  'Let me know how it goes,\nand good luck!',
];

/** Notes attached to connection invitations (most invitations carry none). */
export const INVITATION_NOTES: readonly string[] = [
  'Hi {first}, I enjoyed your post on {topic} and would love to connect.',
  'We met at the {topic} meetup. Would you be open to connecting?',
  'Hi {first}, I am exploring roles in {topic} and would value being connected.',
  'Hello {first}, fellow alumnus here, let us connect!',
  "Hi {first}, {company} is on my list of dream employers, and I'd love to follow your work.",
  'Hi, I am building my network in product, happy to connect.',
];

/** Recommendation bodies; {me} is the owner being recommended. */
export const RECOMMENDATION_TEXTS: readonly string[] = [
  '{me} is the rare product manager who can talk to engineers, designers and executives in their own language. On our payments team, {me} turned a vague "make checkout better" into a roadmap we could ship, and conversion went up quarter after quarter.',
  'I managed {me} for two years. Thoughtful, fast, and generous with credit. {me} introduced me to half the people I now rely on, which says a lot.',
  'Working with {me} was a pleasure.\n\nClear priorities, honest trade-offs, and a habit of writing things down so everyone stays aligned. I would hire {me} again without hesitation.',
  '{me} mentored me when I moved from support into product. Patient, direct, and always willing to make an introduction, even when it took time away from their own work.',
  'What stands out about {me}: the discovery work. Interviews, data, and then a small bet, every time. Our team learned to "ship to learn" because of it.',
  'I have worked with many PMs; {me} is one of the few who measures success by the customer outcome, not the feature count.',
];

/** Replaces {name} placeholders; unknown ones are left as they are so a typo shows up in the output. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
