import { describe, expect, it } from 'vitest';
import { run, byContent, checkCase, checkSpeaker, type Case, type SpeakerCase } from '../../testing/vitest/attributionCases.js';

describe('speakers and misses on the fourth and sixth BBC sets (round fourteen, issue 4)', () => {
  it.each<Case>([
    {
      name: '"a spokesman for European Energy and Transport Affairs Commissioner X said": the spokesman past a long title (LONG_ROLE_TITLE)',
      text: 'The scheme was criticised. And a spokesman for European Energy and Transport Affairs Commissioner Marta Oliveri said the scheme would collapse.',
      specs: [['Marta Oliveri', 'PERSON']],
      want: { source: 'a spokesman for European Energy and Transport Affairs Commissioner Marta Oliveri', cue: 'said', content: 'the scheme would collapse', quoted: 'none' },
    },
    {
      name: '"According to its Geneva lawyer, Henri Vasseur of Pellham and Straker, …": the person in apposition (ACCORDING_ROLE_NAME)',
      text: 'Calder Oil has lodged a claim. According to its Geneva lawyer, Henri Vasseur of Pellham and Straker, the claim is built on that estimate.',
      specs: [['Calder Oil', 'ORG'], ['Henri Vasseur', 'PERSON'], ['Pellham and Straker', 'ORG']],
      want: { source: 'its Geneva lawyer, Henri Vasseur of Pellham and Straker', kind: 'named', entity: 'Henri Vasseur', cue: 'According to', content: 'the claim is built on that estimate', quoted: 'none', rule: 'according-to' },
    },
    {
      name: '"According to a spokesman, Mr Hallam, 45, …": an age after the name is the content\'s subject',
      text: 'According to a spokesman, Mr Hallam, 45, stayed at home.',
      specs: [['Hallam', 'PERSON']],
      want: { source: 'a spokesman', cue: 'According to', content: 'Mr Hallam, 45, stayed at home', quoted: 'none', rule: 'according-to' },
    },
    {
      name: '"…, according to studio estimates.": a cue word after "according to" is a noun (ACCORDING_CUE_NOUN)',
      text: 'The comedy has opened strongly. It earned $25m over its first three days, according to studio estimates.',
      want: { source: 'studio estimates', cue: 'according to', content: 'It earned $25m over its first three days', quoted: 'none', rule: 'according-to' },
    },
    {
      name: '"The 23-year-old told a news conference … that": an age heads the source, no time adjunct (AGE_HEAD, AGE_SPEAKER)',
      text: 'Dean Corrigan has issued a second apology. The 23-year-old told a news conference in Lisbon on Sunday that he regrets it.',
      specs: [['Dean Corrigan', 'PERSON'], ['Lisbon', 'LOC'], ['Sunday', 'DATE']],
      want: { source: 'The 23-year-old', kind: 'nominal', entity: 'Dean Corrigan', cue: 'told', content: 'he regrets it', quoted: 'none' },
    },
    {
      name: '"Gareth Penrose, asked about the claim by reporters, said …": the passive aside is no cue between subject and verb (ASKED_ASIDE)',
      text: 'Conservative leader Gareth Penrose, asked about the claim by reporters, said it was vital to stay calm.',
      specs: [['Gareth Penrose', 'PERSON']],
      want: { source: 'Gareth Penrose', cue: 'said', content: 'it was vital to stay calm', quoted: 'none' },
    },
    {
      name: '… and the aside itself has no source (ASKED_ASIDE)',
      text: 'Conservative leader Gareth Penrose, asked about the claim by reporters, said it was vital to stay calm.',
      specs: [['Gareth Penrose', 'PERSON']],
      want: { source: null, cue: 'asked about', content: 'the claim by reporters', quoted: 'none', rule: 'asked-no-source' },
    },
    {
      name: '"Mr Harland told Channel Nine\'s Breakfast Club show: “…”": a cue word in the listener is a noun (LISTENER_NOUN_CUE)',
      text: 'Mr Harland told Channel Nine\'s Breakfast Club show: "Let\'s just say sorry and get on with it."',
      specs: [['Harland', 'PERSON'], ['Channel Nine', 'ORG'], ['Breakfast Club', 'MISC']],
      want: { source: 'Harland', cue: 'told', content: 'Let\'s just say sorry and get on with it.', quoted: 'direct', rule: 'source-cue-quote' },
    },
    {
      name: '"a woman asked for a selfie and Delgado said, “…”": a cue word after a name past other words is still the cue',
      text: 'Later on, a woman asked for a selfie and Delgado said, "only if we are quick about it."',
      specs: [['Delgado', 'PERSON']],
      want: { source: 'Delgado', cue: 'said', content: 'only if we are quick about it.', quoted: 'direct', rule: 'source-cue-quote' },
    },
    {
      name: '"The Courier newspaper said on Thursday it had …": the paper, and the content after the time phrase (ORG_HEADS, TIME_THEN_SUBJECT)',
      text: 'The Courier newspaper said on Thursday it had obtained a leaked memo.',
      specs: [['Courier', 'ORG'], ['Thursday', 'DATE']],
      want: { source: 'The Courier newspaper', entity: 'Courier', cue: 'said', content: 'it had obtained a leaked memo', quoted: 'none' },
    },
    {
      name: '"The Oslo-based NFC watchdog, which advises …, said": the organisation named before the head (NAME_BEFORE_ORG_HEAD)',
      text: 'The Northern Fisheries Council (NFC) cut its forecast. The Oslo-based NFC watchdog, which advises coastal nations on fishing quotas, said the cut was due to warmer seas.',
      specs: [['Northern Fisheries Council', 'ORG'], ['NFC', 'ORG', 0], ['NFC', 'ORG', 1], ['Oslo-based', 'MISC']],
      want: { source: 'The Oslo-based NFC watchdog', entity: 'Northern Fisheries Council', cue: 'said', content: 'the cut was due to warmer seas', quoted: 'none' },
    },
    {
      name: '"the Clickwire weblog which said": the relative pronoun takes the organisation before the head (NAME_BEFORE_ORG_HEAD)',
      text: 'Rumours about the merger were broken by the Clickwire weblog which said it heard the news from staff.',
      specs: [['Clickwire', 'MISC']],
      want: { source: 'which', kind: 'pronoun', entity: 'Clickwire', cue: 'said', content: 'it heard the news from staff', quoted: 'none' },
    },
    {
      name: '"Norbrew, which makes Old Haddon, said": the subject, not the name inside the relative clause (RELATIVE_HOLDS_NAME)',
      text: 'Norbrew, which makes Old Haddon, said pre-tax profits rose 31%.',
      specs: [['Norbrew', 'ORG'], ['Old Haddon', 'MISC']],
      want: { source: 'Norbrew', entity: 'Norbrew', cue: 'said', content: 'pre-tax profits rose 31%', quoted: 'none' },
    },
    {
      name: '"Not true, says Dan Hoyle, editor of the town paper, The Valley Courier, who calls … and says …": "who" is the person (WHO_PERSON_CHAIN)',
      text: 'Town\n\nNot true, says Dan Hoyle, editor of the town paper, The Valley Courier, who calls the plan "a poor joke" and says the council is wrong.',
      specs: [['Dan Hoyle', 'PERSON'], ['The Valley Courier', 'ORG']],
      want: { source: 'who', kind: 'pronoun', entity: 'Dan Hoyle', cue: 'says', content: 'the council is wrong', quoted: 'none' },
    },
    {
      name: '"“…,” he said" paragraphs after the one person who spoke, with nobody else named since: that person (LONE_SPEAKER)',
      text: 'Phones\n\nNorvell Co. said it is growing.\n\n"We buy firms every day," Ron Spade, vice president, told Reuters.\n\nNorvell is looking for new properties.\n\nThe Ashford-based company owns Brightline Inc.\n\nTo grow, Norvell seeks changes in its markets.\n\nIts rivals are slower.\n\n"We want competition in every town," he said.',
      specs: [['Norvell Co.', 'ORG'], ['Ron Spade', 'PERSON'], ['Reuters', 'ORG'], ['Norvell', 'ORG', 1], ['Ashford', 'LOC'], ['Brightline Inc.', 'ORG'], ['Norvell', 'ORG', 2]],
      want: { source: 'he', kind: 'pronoun', entity: 'Ron Spade', cue: 'said', content: 'We want competition in every town,', quoted: 'direct' },
    },
    {
      name: '"And Vance, Okafor said, is …. He said Vance called …": not the subject before, whom its own words name (SENTENCE_RULES_CONTENT_NAMED)',
      text: 'Software\n\nBank chief Leo Vance and software chief Sam Okafor met on Monday.\n\nAnd Vance, Okafor said, has become "my best salesman."\n\nHe said Vance recently called the head of a rival firm.',
      specs: [['Leo Vance', 'PERSON'], ['Sam Okafor', 'PERSON'], ['Monday', 'DATE'], ['Vance', 'PERSON', 1], ['Okafor', 'PERSON', 1], ['Vance', 'PERSON', 2]],
      want: { source: 'He', kind: 'pronoun', entity: 'Sam Okafor', cue: 'said', content: 'Vance recently called the head of a rival firm', quoted: 'none' },
    },
    {
      name: '"Pat Rourke of the GMB union added: …": the person, not the body (PERSON_OF_BODY)',
      text: 'Cars\n\nPat Rourke of the GMB union added: "This town deserves far better than this."',
      specs: [['Pat Rourke', 'PERSON'], ['GMB', 'ORG']],
      want: { source: 'Pat Rourke', entity: 'Pat Rourke', cue: 'added', content: 'This town deserves far better than this.', quoted: 'direct' },
    },
    {
      name: '"Professor Alan Reed from the Brain Research Institute at Dunmore\'s Halden University says": the person before the chain of bodies (PERSON_OF_CHAIN)',
      text: 'Sleep\n\nProfessor Alan Reed from the Brain Research Institute at Dunmore\'s Halden University says his study also found changes in sleep.',
      specs: [['Alan Reed', 'PERSON'], ['Brain Research Institute', 'ORG'], ['Dunmore', 'ORG'], ['Halden University', 'ORG']],
      want: { source: 'Alan Reed', entity: 'Alan Reed', cue: 'says', content: 'his study also found changes in sleep', quoted: 'none' },
    },
    {
      name: '"Dr Rosa Ibarra of the University of Oviedo in Gijon says": the person, past the body and the place (PERSON_OF_CHAIN)',
      text: 'Storms\n\nDr Rosa Ibarra of the University of Oviedo in Gijon says the storms could be large.',
      specs: [['Rosa Ibarra', 'PERSON'], ['University of Oviedo', 'ORG'], ['Gijon', 'LOC']],
      want: { source: 'Rosa Ibarra', entity: 'Rosa Ibarra', cue: 'says', content: 'the storms could be large', quoted: 'none' },
    },
    {
      name: '"… the companies said" with no list near: the first of the firms the lead names together (LEAD_FIRMS)',
      text: 'Insurers\n\nNorvell Financial Corp. agreed on Monday to buy Ashby Mutual Corp. for $400 million in shares.\n\nNorvell said the purchase would add to its range.\n\nBoth boards must still approve the purchase, the companies said.',
      specs: [['Norvell Financial Corp.', 'ORG'], ['Ashby Mutual Corp.', 'ORG'], ['Norvell', 'ORG', 1]],
      want: { source: 'the companies', kind: 'vague', entity: 'Norvell Financial Corp.', cue: 'said', content: 'Both boards must still approve the purchase', quoted: 'none' },
    },
    {
      name: '"Hans Vogt of Halden Bank (HB) in Zurich said": the person, past the parenthesis in the chain (PERSON_OF_CHAIN)',
      text: 'Markets\n\nHans Vogt of Halden Bank (HB) in Zurich said: "Traders are nervous about the dollar."',
      specs: [['Hans Vogt', 'PERSON'], ['Halden Bank', 'ORG'], ['HB', 'ORG'], ['Zurich', 'LOC']],
      want: { source: 'Hans Vogt', entity: 'Hans Vogt', cue: 'said', content: 'Traders are nervous about the dollar.', quoted: 'direct' },
    },
    {
      name: '"Neil Barrow from the bureau says …": the person, not the body (PERSON_OF_BODY)',
      text: 'Weather\n\nThere was no warning on Sunday night. Neil Barrow from the bureau says the warning came too late.',
      specs: [['Neil Barrow', 'PERSON']],
      want: { source: 'Neil Barrow', entity: 'Neil Barrow', cue: 'says', content: 'the warning came too late', quoted: 'none' },
    },
    {
      name: '"Halden Corp, which has said it may bid for Ostrand Corp, said": the subject past a report the relative clause makes (RELATIVE_REPORT)',
      text: 'Halden Corp, which has said it may bid for Ostrand Corp, said it has no plans to buy more shares.',
      specs: [['Halden Corp', 'ORG'], ['Ostrand Corp', 'ORG']],
      want: { source: 'Halden Corp', entity: 'Halden Corp', cue: 'said', content: 'it has no plans to buy more shares', quoted: 'none' },
    },
    {
      name: '"Torvald Group Inc <TVG>, which has said …, said": past the ticker too (RELATIVE_REPORT)',
      text: 'Torvald Group Inc <TVG>, which has said it may bid for Ostrand Corp, said it has no plans to buy more shares.',
      specs: [['Torvald Group Inc', 'ORG'], ['TVG', 'ORG'], ['Ostrand Corp', 'ORG']],
      want: { source: 'Torvald Group Inc', entity: 'Torvald Group Inc', cue: 'said', content: 'it has no plans to buy more shares', quoted: 'none' },
    },
    {
      name: '"He is expected to say that …": the subject will speak (RAISED_SPEECH)',
      text: 'Owen Talbot will visit Bristol. He is expected to say that the latest results were encouraging.',
      specs: [['Owen Talbot', 'PERSON'], ['Bristol', 'LOC']],
      want: { source: 'He', kind: 'pronoun', entity: 'Owen Talbot', cue: 'is expected to say', content: 'the latest results were encouraging', quoted: 'none', rule: 'source-cue+raising' },
    },
    {
      name: '"Delgado is expected to deliver an address": no verb of saying, the raising reading stays',
      text: 'Delgado is expected to deliver a farewell address later tonight.',
      specs: [['Delgado', 'PERSON']],
      want: { source: null, cue: 'is expected', content: 'Delgado is expected to deliver a farewell address later tonight', quoted: 'none', rule: 'raising-passive' },
    },
    {
      name: '"… as a central campaign issue but critics claim …": "but" + a bare plural of people + a report ends the content (BUT_GROUP_CLAUSE)',
      text: 'Labour sees rural transport as a central campaign issue but critics claim the plans are at best vague.',
      specs: [['Labour', 'ORG']],
      want: { source: 'critics', kind: 'vague', cue: 'claim', content: 'the plans are at best vague', quoted: 'none' },
    },
    {
      name: '"Ghana\'s High Commissioner to Canada said": the office, not the place (OFFICE_TO_PLACE)',
      text: 'It comes after Ghana\'s High Commissioner to Canada said more students should return home.',
      specs: [['Ghana', 'LOC'], ['Canada', 'LOC']],
      want: { source: 'Ghana\'s High Commissioner to Canada', cue: 'said', content: 'more students should return home', quoted: 'none' },
    },
    {
      name: '"Minister for Europe Alan Pryce said": a person named after the place is the source',
      text: 'Minister for Europe Alan Pryce said it was fine.',
      specs: [['Europe', 'LOC'], ['Alan Pryce', 'PERSON']],
      want: { source: 'Alan Pryce', cue: 'said', content: 'it was fine', quoted: 'none' },
    },
  ])('$name', checkCase);

  it('"But standing next to Mr Ashworth he added …": a person after a preposition and an honorific is not the "he" (OBLIQUE_HONORIFIC)', async () => {
    const a = await run('Gen Haldane spoke in Oslo. He said the rebels were in retreat. But standing next to Mr Ashworth he added that it was vital to act.', [['Haldane', 'PERSON'], ['Oslo', 'LOC'], ['Ashworth', 'PERSON']]);
    const got = byContent(a, 'it was vital to act');
    expect(a.entities.find((e) => e.id === got?.source?.entity)?.name).toBe('Haldane');
  });
});

describe('speakers named after their description (round fourteen b, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"A senior barrister who has stepped down in protest at the government\'s anti-fraud rules says": the barrister (RELATIVE_HYPHEN), named next (LEAD_CATAPHORA)',
      text: 'Rules criticised\n\nA senior barrister who has stepped down in protest at the government\'s anti-fraud rules says the system is giving Britain a poor reputation. Martin Ellery QC left when ministers refused to listen.',
      specs: [['Britain', 'LOC'], ['Martin Ellery', 'PERSON']],
      content: 'the system is giving Britain a poor reputation',
      entity: 'Martin Ellery',
    },
    {
      name: '"The new education minister for Scotland says …" in the lead: the person the next sentence names (ROLE_HEAD_CATAPHORA)',
      text: 'Schools review\n\nThe new education minister for Scotland says there are ideas to borrow from Ireland. Dr Colin Reaney, on his second day in the post, said the basics were sound.',
      specs: [['Scotland', 'LOC'], ['Ireland', 'LOC'], ['Colin Reaney', 'PERSON']],
      content: 'there are ideas to borrow from Ireland',
      entity: 'Colin Reaney',
    },
    {
      name: '"Ghana\'s High Commissioner to Canada said …. Dr Efua Mensah said …": the person first named as the next speaker (NAMED_NEXT)',
      text: 'Haldane spoke in Leeds. It comes after Ghana\'s High Commissioner to Canada said more students should return home. Dr Efua Mensah said families wanted clearer advice.',
      specs: [['Haldane', 'PERSON'], ['Leeds', 'LOC'], ['Ghana', 'LOC'], ['Canada', 'LOC'], ['Efua Mensah', 'PERSON']],
      content: 'more students should return home',
      entity: 'Efua Mensah',
    },
    {
      name: '"The minister said …. John Smith said …": a bare office points back, not to the next speaker',
      text: 'Talks went on. The minister said it was fine. John Smith said it was not.',
      specs: [['John Smith', 'PERSON']],
      content: 'it was fine',
      entity: null,
    },
  ])('$name', checkSpeaker);
});

describe('quotes left open and nouns read as cues (round fourteen c, issue 4)', () => {
  it.each<Case>([
    {
      name: '`were "only 5% of the problem. Dr Reaney … said …`: a partial quote left open ends with its sentence (PARTIAL_RUN_ON_SENTENCE)',
      text: 'Ms Garvey defended her record, saying class sizes were "only 5% of the problem. Dr Reaney, who was a teacher in Scotland, said staff wanted a spell of stability after "constant upheaval". Rolls fell.',
      specs: [['Garvey', 'PERSON'], ['Reaney', 'PERSON'], ['Scotland', 'LOC']],
      want: { source: 'Reaney', cue: 'said', content: 'staff wanted a spell of stability after "constant upheaval"', quoted: 'partial' },
    },
    {
      name: '`said "We will win. We will fight. "Next …`: a quote after "said" still runs on over its sentences',
      text: 'He said "We will win. We will fight on. "Nobody can stop us now," he added.',
      want: { source: 'He', cue: 'said', content: 'We will win. We will fight on.', quoted: 'direct' },
    },
  ])('$name', checkCase);

  it('"12 regional posts have been cut": a cue word before an auxiliary is a noun (NOUN_BEFORE_AUX); "what he fears is" stays a report', async () => {
    const a = await run('Since 2001 12 regional posts have been cut, but new offices have been opened. What he fears is a breakdown of the deal.');
    expect(a.attributions.find((x) => x.cue?.text === 'posts')).toBeUndefined();
    expect(a.attributions.find((x) => x.cue?.text === 'fears')?.source?.text).toBe('he');
  });
});

describe('speakers on the seventh and eighth BBC sets (round fourteen d, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Graham Tullett of the BSGA said": the person before "of the" and the body (OWNER_OF_THE)',
      text: 'Graham Tullett of the BSGA said it believed the limits should be only voluntary.',
      specs: [['Graham Tullett', 'PERSON'], ['BSGA', 'ORG']],
      content: 'it believed the limits should be only voluntary',
      source: 'Graham Tullett',
      entity: 'Graham Tullett',
    },
    {
      name: '"The Alliance, which includes the A Trust, Elder Voice and the B Trust, said": the phrase before "which", past the list (RELATIVE_HOLDS_NAME)',
      text: 'The Fair Care Alliance, which includes the Founder\'s Trust, Elder Voice, Kinship and the National Hearing Trust, said the bill had to be redrafted.',
      specs: [['Fair Care Alliance', 'ORG'], ['Founder\'s Trust', 'ORG'], ['Elder Voice', 'ORG'], ['Kinship', 'ORG'], ['National Hearing Trust', 'ORG']],
      content: 'the bill had to be redrafted',
      source: 'Fair Care Alliance',
      entity: 'Fair Care Alliance',
    },
    {
      name: '"“…,” said Warsaw-based US lawyer Dana Whitcombe": past the names before the role (NAMED_PREMODIFIERS)',
      text: '"The frozen shares are with Pelagia," said Warsaw-based US lawyer Dana Whitcombe, who is not involved in the case.',
      specs: [['Pelagia', 'ORG'], ['Warsaw-based', 'MISC'], ['Dana Whitcombe', 'PERSON']],
      content: 'The frozen shares are with Pelagia,',
      source: 'Dana Whitcombe',
      entity: 'Dana Whitcombe',
    },
    {
      name: '"Pelagia officials declined to speak …. But the company has said": the organisation of the nearest sentence that names one (NEAREST_ORG_SENTENCE)',
      text: 'Varnek and Kolstad sued Pelagia. Pelagia officials declined to speak. But the company has said it plans to take action against Varnek.',
      specs: [['Varnek', 'ORG', 0], ['Kolstad', 'ORG'], ['Pelagia', 'ORG', 0], ['Pelagia', 'ORG', 1], ['Varnek', 'ORG', 1]],
      content: 'it plans to take action against Varnek',
      source: 'the company',
      entity: 'Pelagia',
    },
    {
      name: '"Orbix … will have to convince managers, but it said …": an "it" no speaker resolves takes the organisation named before (IT_DESCRIBED_ORG)',
      text: 'Orbix has launched a cloud storage service. Orbix will have to convince managers to use it but it said it had already seen demand from banks.',
      specs: [['Orbix', 'ORG', 0], ['Orbix', 'ORG', 1]],
      content: 'it had already seen demand from banks',
      source: 'it',
      entity: 'Orbix',
    },
    {
      name: '"…, according to a PSU report.": the body named before an organisation\'s head, also after "a" (NAME_BEFORE_ORG_HEAD)',
      text: 'Plans to cut 40,000 jobs will turn out to be a costly mistake, according to a PSU report.',
      specs: [['PSU', 'ORG']],
      content: 'Plans to cut 40,000 jobs will turn out to be a costly mistake',
      source: 'a PSU report',
      entity: 'PSU',
    },
  ])('$name', checkSpeaker);
});

describe('books and their writers, banks and their names (round fourteen e, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"a new book, Harding\'s Decade by Simon Archer. … The book claims": the author (BOOK_AUTHOR)',
      text: 'It follows a new book, Harding\'s Decade by Simon Archer. The book claims the premier broke his promise.',
      specs: [['Simon Archer', 'PERSON']],
      content: 'the premier broke his promise',
      entity: 'Simon Archer',
    },
    {
      name: '"Mr Archer\'s book claimed that …": the owner of the book (OWNER_OF_DOCUMENT)',
      text: 'Mr Archer\'s book claimed that Mr Harding lost his nerve.',
      specs: [['Archer', 'PERSON'], ['Harding', 'PERSON']],
      content: 'Mr Harding lost his nerve',
      entity: 'Archer',
    },
    {
      name: '"The premier insisted …" after "Chancellor Philip Harding said": not the chancellor (OTHER_OFFICE, round fifteen)',
      text: 'Owen Talbot said the campaign had started. Chancellor Philip Harding said growth was strong. The premier insisted the vote would be won on jobs.',
      specs: [['Owen Talbot', 'PERSON'], ['Philip Harding', 'PERSON']],
      content: 'the vote would be won on jobs',
      entity: 'Owen Talbot',
    },
    {
      name: '"…," the Democrat senator said after "New Mexico Senator Ray Dunleavy said": one kind of office (OTHER_OFFICE)',
      text: 'New Mexico Senator Ray Dunleavy said the files were stolen. "Airport staff should have security checks," the Democrat senator said.',
      specs: [['Ray Dunleavy', 'PERSON']],
      content: 'Airport staff should have security checks,',
      entity: 'Ray Dunleavy',
    },
    {
      name: '"The premier insisted Mr Harding will …": not the person the content names (OFFICE_CONTENT_NAMED, round fifteen)',
      text: 'Owen Talbot said the campaign had started. Philip Harding said growth was strong. The premier insisted Mr Harding will play a central role.',
      specs: [['Owen Talbot', 'PERSON'], ['Philip Harding', 'PERSON'], ['Harding', 'PERSON', 1]],
      content: 'Mr Harding will play a central role',
      entity: 'Owen Talbot',
    },
    {
      name: '"“…,” said his wife, Maureen.": the name after the description (ROLE_THEN_NAME, round fifteen)',
      text: '"He had a full and happy life," said his wife, Maureen.',
      specs: [['Maureen', 'PERSON']],
      content: 'He had a full and happy life,',
      source: 'Maureen',
      entity: 'Maureen',
    },
    {
      name: '"“…,” said Halcrow Dent economist Mira Kostova.": the name after the role (ROLE_THEN_NAME)',
      text: '"Britain has a two-speed housing market again," said Halcrow Dent economist Mira Kostova.',
      specs: [['Halcrow Dent', 'PERSON'], ['Mira Kostova', 'PERSON']],
      content: 'Britain has a two-speed housing market again,',
      source: 'Mira Kostova',
      entity: 'Mira Kostova',
    },
    {
      name: '"“…,” said his wife, Maureen Tasker, who …": a name that does not end the sentence stays out (ROLE_THEN_NAME)',
      text: '"He had a full and happy life," said his wife, Maureen Tasker, who was with him.',
      specs: [['Maureen Tasker', 'PERSON']],
      content: 'He had a full and happy life,',
      source: 'his wife',
      entity: null,
    },
    {
      name: '"The Spaniard believed …": one person, the one named before (DEMONYM_PERSON, round fifteen)',
      text: 'Pablo Serrano was fooled by a phone hoax. The Spaniard believed he was speaking to a scout from Atletico Norte.',
      specs: [['Pablo Serrano', 'PERSON'], ['Spaniard', 'NORP'], ['Atletico Norte', 'ORG']],
      content: 'he was speaking to a scout from Atletico Norte',
      source: 'The Spaniard',
      entity: 'Pablo Serrano',
    },
    {
      name: '"The 52-year-old Frenchman told …": the whole description is the source (DEMONYM_PERSON)',
      text: 'Didier Moreau signed a new contract on Friday. The 52-year-old Frenchman told reporters he adored the club.',
      specs: [['Didier Moreau', 'PERSON'], ['Frenchman', 'NORP']],
      content: 'he adored the club',
      source: 'The 52-year-old Frenchman',
      entity: 'Didier Moreau',
    },
    {
      name: '"The French said …": a people, not one person (DEMONYM_PERSON)',
      text: 'Luc Ferrand met the press. The French said the plan was dead.',
      specs: [['Luc Ferrand', 'PERSON'], ['French', 'NORP']],
      content: 'the plan was dead',
      source: 'French',
      entity: 'French',
    },
    {
      name: '"GPL figures showed …": the body named before the document (NAMED_DOCUMENT, round fifteen)',
      text: 'The Guild of Property Lenders (GPL) and the Savings Banks Federation said borrowing was easing. GPL figures showed net borrowing fell by 6% in March.',
      specs: [['Guild of Property Lenders', 'ORG'], ['GPL', 'ORG'], ['Savings Banks Federation', 'ORG'], ['GPL', 'ORG', 1]],
      content: 'net borrowing fell by 6% in March',
      entity: 'Guild of Property Lenders',
    },
    {
      name: '"…," said an agency statement: the agency the article names (NAMED_DOCUMENT)',
      text: 'The Global Water Agency needs $12m for new servers. "Not upgrading the systems would pose serious risks," said an agency statement.',
      specs: [['Global Water Agency', 'ORG']],
      content: 'Not upgrading the systems would pose serious risks,',
      entity: 'Global Water Agency',
    },
    {
      name: '"The Tory co-chairman attacked …": the person titled so, not the latest speaker (HYPHENATED_OFFICES, round fifteen)',
      text: 'Tory co-chairman Nigel Brereton spoke after Owen Talbot said the Tories offered a narrow agenda. The Tory co-chairman said Labour was deeply rattled.',
      specs: [['Nigel Brereton', 'PERSON'], ['Owen Talbot', 'PERSON']],
      content: 'Labour was deeply rattled',
      entity: 'Nigel Brereton',
    },
    {
      name: '"The MEP said …": an office, held by the latest speaker (OFFICE_NOUNS)',
      text: 'Trevor Bancroft-Hale has attacked the policy, saying it hurts farmers. The MEP said his group would only allow seasonal workers.',
      specs: [['Trevor Bancroft-Hale', 'PERSON']],
      content: 'his group would only allow seasonal workers',
      entity: 'Trevor Bancroft-Hale',
    },
    {
      name: '"… doubted by … Gethin Morgan. He accepted …": the person named last before, not the owner (LAST_NAMED_PRONOUN, round fifteen)',
      text: 'Owain Prys said the leaks were a set-up. Mr Prys\'s theory has also been doubted by the former party chairman, Gethin Morgan. He accepted that the leaks harmed the party.',
      specs: [['Owain Prys', 'PERSON'], ['Prys', 'PERSON', 1], ['Gethin Morgan', 'PERSON']],
      content: 'the leaks harmed the party',
      entity: 'Gethin Morgan',
    },
    {
      name: '"Julian Ferris, founder of the Labs, says …. He told …": the person linked stays when named there too (LAST_NAMED_PRONOUN)',
      text: 'Julian Ferris, founder of the Design Labs, says he is building a low-cost tablet. He told reporters he hoped it would become a teaching aid.',
      specs: [['Julian Ferris', 'PERSON'], ['Labs', 'PERSON']],
      content: 'he hoped it would become a teaching aid',
      entity: 'Julian Ferris',
    },
    {
      name: '"The MDA industry body said …": the name across the head\'s modifier (MODIFIED_ORG_HEAD, round fifteen)',
      text: 'Downloads rose fivefold, the figures show. The MDA industry body said that the spread of smart speakers was behind the rise.',
      specs: [['MDA', 'ORG']],
      content: 'the spread of smart speakers was behind the rise',
      entity: 'MDA',
    },
    {
      name: '"Martin Whitlow has apologised …. The home secretary confirmed …": the person named before (OFFICE_DESCRIBED, round fifteen)',
      text: 'Martin Whitlow has apologised to peers after the Home Office announced "hastily" via press release a review into sentencing rules. The home secretary confirmed the inquiry would begin shortly.',
      specs: [['Martin Whitlow', 'PERSON'], ['Home Office', 'ORG']],
      content: 'the inquiry would begin shortly',
      entity: 'Martin Whitlow',
    },
    {
      name: '"Chancellor Philip Harding has arrived. The home secretary confirmed …": not a person of another office (OFFICE_DESCRIBED)',
      text: 'Chancellor Philip Harding has arrived in Kenya. The home secretary confirmed the inquiry would begin shortly.',
      specs: [['Philip Harding', 'PERSON']],
      content: 'the inquiry would begin shortly',
      entity: null,
    },
    {
      name: '"The company said …" after a rival and an analyst\'s firm: the main company that spoke (SALIENT_SPEAKER_ORG, round fifteen)',
      text: 'Norlandia has scrapped its two-board structure. Norlandia said sales fell. Oil giant Castrell dropped its own structure last year. "The best part was the simpler set-up," said Pieter Vos, an analyst at Bruyn Capital. The company said the changes would cut costs.',
      specs: [['Norlandia', 'ORG'], ['Norlandia', 'ORG', 1], ['Castrell', 'ORG'], ['Pieter Vos', 'PERSON'], ['Bruyn Capital', 'ORG']],
      content: 'the changes would cut costs',
      entity: 'Norlandia',
    },
    {
      name: '"New Northshire Police Commissioner Sir Alan Crewe has backed …, saying:": the person after the office (TITLED_PERSON_SUBJECT, round fifteen)',
      text: 'New Northshire Police Commissioner Sir Alan Crewe has backed the curfew plans, saying: "It is a hard call, but there is just one option."',
      specs: [['Northshire Police Commissioner', 'MISC'], ['Alan Crewe', 'PERSON']],
      content: 'It is a hard call, but there is just one option.',
      source: 'Alan Crewe',
      entity: 'Alan Crewe',
    },
    {
      name: '"The MP for Kettering East claimed …": the office for the seat, held by the person named before (SEAT_OFFICES, round fifteen)',
      text: 'Meanwhile Labour backbencher Gavin Truscott attacked the betting plans on the radio. The MP for Kettering East claimed the law would breed a gangster-style culture.',
      specs: [['Gavin Truscott', 'PERSON'], ['Kettering East', 'LOC']],
      content: 'the law would breed a gangster-style culture',
      source: 'The MP for Kettering East',
      entity: 'Gavin Truscott',
    },
    {
      name: '"Holloway, who sent Millbrook … over Eastfield, insisted …": the one-word subject before the relative (ONE_WORD_OWNER, round fifteen)',
      text: '"It would be a dream," he told BBC Radio Five Live.\n\nHolloway, who sent Millbrook into the quarter-finals of this season\'s cup with a superb header in March\'s win over Eastfield, insisted he was still fully committed.',
      specs: [['BBC Radio Five Live', 'ORG'], ['Holloway', 'PERSON'], ['Millbrook', 'ORG'], ['Eastfield', 'ORG']],
      content: 'he was still fully committed',
      source: 'Holloway',
      entity: 'Holloway',
    },
    {
      name: '"The panel suggested …" after "the Justice Review Board said": a body that sits (ORG_HEADS, round fifteen)',
      text: 'In its report, the Justice Review Board said it had found strong support for ending the fixed tariff. The panel suggested different types of fraud could be ranked.',
      specs: [['Justice Review Board', 'ORG']],
      content: 'different types of fraud could be ranked',
      entity: 'Justice Review Board',
    },
    {
      name: '"Research conducted by the WEC … revealed …. …, according to their figures": the author of the research (OTHER_DOCUMENT_NOUN, round fifteen)',
      text: 'Research conducted by the Workplace Equality Council in 2003 revealed that many Britons think long hours are normal. Young staff hold less than 5% of the senior roles in FTSE 250 companies, according to their figures.',
      specs: [['Workplace Equality Council', 'ORG'], ['Britons', 'NORP'], ['FTSE 250', 'MISC']],
      content: 'Young staff hold less than 5% of the senior roles in FTSE 250 companies',
      entity: 'Workplace Equality Council',
    },
    {
      name: '"Later the prime minister said:" after "Leeds mayor Mr Thornbury": not the mayor, the other person named (HONORIFIC_TITLES, OFFICE_DESCRIBED)',
      text: 'Leeds mayor Mr Thornbury says he is sticking by his comments. Mr Thornbury said he would not say sorry even if Mr Talbot asked him to. Later the prime minister said: "Plenty of us lose our temper with reporters."',
      specs: [['Thornbury', 'PERSON'], ['Thornbury', 'PERSON', 1], ['Talbot', 'PERSON']],
      content: 'Plenty of us lose our temper with reporters.',
      entity: 'Talbot',
    },
    {
      name: '"But the prime minister says it is now time for Mr Thornbury to apologise": not the person its words name (OFFICE_CONTENT_NAMED, OFFICE_DESCRIBED)',
      text: 'Mr Thornbury says he is sticking by his comments. But the prime minister says it is now time for Mr Thornbury to apologise.',
      specs: [['Thornbury', 'PERSON'], ['Thornbury', 'PERSON', 1]],
      content: 'it is now time for Mr Thornbury to apologise',
      entity: null,
    },
    {
      name: '"… Paul Gagnon opposed the funding. But the Tory leader argued …": the contrast turns from the last speaker (CONTRAST_OFFICE, round fifteen)',
      text: 'Gareth Penrose has backed gene therapy trials, saying it is vital people are not scared off. The issue was a theme of the election in Canada, where Paul Gagnon opposed the funding. But the Tory leader argued the ethical case was strong.',
      specs: [['Gareth Penrose', 'PERSON'], ['Canada', 'LOC'], ['Paul Gagnon', 'PERSON']],
      content: 'the ethical case was strong',
      entity: 'Gareth Penrose',
    },
    {
      name: '"Professor Lindqvist …. His report demands …": the owner the possessive pronoun stands for (PRONOUN_OWNER, round fifteen)',
      text: 'Professor Anders Lindqvist says antibiotic resistance is the gravest danger. His report demands a sweeping reform of global rules on drug licensing.',
      specs: [['Anders Lindqvist', 'PERSON']],
      content: 'a sweeping reform of global rules on drug licensing',
      entity: 'Anders Lindqvist',
    },
    {
      name: '"Volkner sold more vans in Africa. The Swedish carmaker is aiming to …": a carmaker is a company (ORG_HEADS, round fifteen)',
      text: 'Volkner sold more vans in Africa last year, the firm said. The Swedish carmaker is aiming to raise yearly sales in Africa to 80,000 by 2012.',
      specs: [['Volkner', 'ORG'], ['Africa', 'LOC'], ['Africa', 'LOC', 1]],
      content: 'to raise yearly sales in Africa to 80,000 by 2012',
      entity: 'Volkner',
    },
    {
      name: '"A Green Party MEP suggested …. Jim Harrower said …": a member of a parliament is a person (PERSON_HEADS, round fifteen)',
      text: 'Green MEP attacked French plans\n\nA Green Party MEP suggested France saw the EU as a closed club, a new documentary has revealed. Jim Harrower, who represents the South West, told the programme the EU was a cosy cartel.',
      specs: [['Green Party', 'ORG'], ['France', 'LOC'], ['EU', 'ORG'], ['Jim Harrower', 'PERSON'], ['South West', 'LOC'], ['EU', 'ORG', 1]],
      content: 'France saw the EU as a closed club',
      entity: 'Jim Harrower',
    },
    {
      name: '"… claims made in journalist Simon Archer\'s new book. The new book claims …": the book\'s owner (OWNER_OF_BOOK, round fifteen)',
      text: 'Labour MPs were furious about claims made in journalist Simon Archer\'s new book. The new book claims Mr Harding hosted a lunch in 2004.',
      specs: [['Simon Archer', 'PERSON'], ['Harding', 'PERSON']],
      content: 'Mr Harding hosted a lunch in 2004',
      entity: 'Simon Archer',
    },
    {
      name: '"Connor Walsh held a gala …. The Dublin-born actor said …": an actor is a person described (PERSON_HEADS, round fifteen)',
      text: 'Connor Walsh held a gala evening in Boston to support the playhouse. The Dublin-born actor said that the playhouse was in a very poor state.',
      specs: [['Connor Walsh', 'PERSON'], ['Boston', 'LOC']],
      content: 'the playhouse was in a very poor state',
      entity: 'Connor Walsh',
    },
    {
      name: '"The Quebec-based company says …": described by its place, not named by it (BASED_NOT_NAME, round fifteen)',
      text: 'Toy firms want fresh talent. The Quebec-based company says it was seeking a broad range of designers.',
      specs: [['Quebec-based', 'MISC']],
      content: 'it was seeking a broad range of designers',
      entity: null,
    },
    {
      name: '"Mr Renwick said: …. … she said she often teased her husband": "she" is not Peter Renwick (GIVEN_NAME_GENDER, round fifteen)',
      text: 'Peter Renwick said: "Anne has been canvassing on several trips." During an appearance on ITV1\'s Morning Chat she said she often teased her husband.',
      specs: [['Peter Renwick', 'PERSON'], ['Anne', 'PERSON'], ['ITV1', 'ORG'], ['Morning Chat', 'MISC']],
      content: 'she often teased her husband',
      entity: null,
    },
    {
      name: '"Actor Grant Mallory is suing Redwood Pictures …. The lawsuit said …": the party that sued (LAWSUIT_FILER, round fifteen)',
      text: 'Actor Grant Mallory is suing Redwood Pictures over a stunt accident. The lawsuit said the actor has suffered lasting back pain.',
      specs: [['Grant Mallory', 'PERSON'], ['Redwood Pictures', 'ORG']],
      content: 'the actor has suffered lasting back pain',
      entity: 'Grant Mallory',
    },
    {
      name: '"Lord Fennimore, Minister for Rural Affairs, said …": the person before a titled appositive (TITLE_APPOSITIVE, round fifteen)',
      text: 'Lord Fennimore, Minister for Rural Affairs, said he was still unhappy with the delays.',
      specs: [['Fennimore', 'PERSON'], ['Affairs', 'PERSON']],
      content: 'he was still unhappy with the delays',
      entity: 'Fennimore',
    },
    {
      name: '"…, according to our correspondent": the correspondent the article titles so (OUR_CORRESPONDENT, round fifteen)',
      text: 'An official spoke to the BBC\'s health correspondent Laura Finch on Monday. The figures follow a series of gloomy forecasts and, according to our correspondent, hold few real surprises.',
      specs: [['BBC', 'ORG'], ['Laura Finch', 'PERSON']],
      content: 'The figures follow a series of gloomy forecasts and, according to our correspondent, hold few real surprises',
      entity: 'Laura Finch',
    },
    {
      name: '"Ken Hale, president and CEO of the Westland Sports Corporation, which owns the team, said": the person, not the body (ROLE_OF_RELATIVE_OWNER, TWO_ROLES_OF)',
      text: 'Arena deal\n\nKen Hale, president and CEO of the Westland Sports Corporation, which owns the team, said the company was thrilled.',
      specs: [['Ken Hale', 'PERSON'], ['Westland Sports Corporation', 'ORG']],
      content: 'the company was thrilled',
      source: 'Ken Hale',
      entity: 'Ken Hale',
    },
    {
      name: '"Matt Hale, a fund manager at Westland Trustees said" with no closing comma: the person, not the body (MORE_ROLES_OF)',
      text: 'Bid news\n\nBut Matt Hale, a fund manager at Westland Trustees said buying the shares "looks like the first step towards a full bid".',
      specs: [['Matt Hale', 'PERSON'], ['Westland Trustees', 'ORG']],
      content: 'buying the shares "looks like the first step towards a full bid"',
      source: 'Matt Hale',
      entity: 'Matt Hale',
    },
    {
      name: '"The Bank said …" after the Bank of England: one organisation (INSTITUTION_HEAD)',
      text: 'Rates at the Bank of England held. The Bank said good policy depends on good information.',
      specs: [['Bank of England', 'ORG'], ['Bank', 'ORG', 1]],
      content: 'good policy depends on good information',
      entity: 'Bank of England',
    },
  ])('$name', checkSpeaker);
});

describe('speakers on the seventh batch of outlet sets (twenty-second session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"…, analysts said. Such a move does not free Dorn of Kestrel Air, they said": not the firm their own words name (THEY_OWN_CONTENT)',
      text: 'Airlines\n\nKestrel Air bid for Halden Air on Monday.\n\nA merger would be costly, analysts said. Such a move does not free Dorn of Kestrel Air, they said.',
      specs: [['Kestrel Air', 'ORG'], ['Halden Air', 'ORG'], ['Dorn', 'PERSON'], ['Kestrel Air', 'ORG', 1]],
      content: 'Such a move does not free Dorn of Kestrel Air',
      source: 'they',
      entity: null,
    },
    {
      name: '"Halden Trust in Boston said …": the body, not its city (BODY_IN_PLACE)',
      text: 'Loans\n\nHalden Trust in Boston said a decision now was far too early.',
      specs: [['Halden Trust', 'ORG'], ['Boston', 'LOC']],
      content: 'a decision now was far too early',
      entity: 'Halden Trust',
    },
    {
      name: '"Wes Brody of industry consultant Ardent Research in Farmington Hills, Mich., said …": the person (CHAIN_CITY_STATE)',
      text: 'Cars\n\nWes Brody of industry consultant Ardent Research in Farmington Hills, Mich., said the new role suits him.',
      specs: [['Wes Brody', 'PERSON'], ['Ardent Research', 'ORG'], ['Farmington Hills', 'LOC'], ['Mich.', 'LOC']],
      content: 'the new role suits him',
      entity: 'Wes Brody',
    },
    {
      name: '"Brokers and several carriers, such as Norway\'s Kestrel Air, have argued …": the group, not its example (EXAMPLE_NAME)',
      text: 'Fees\n\nBrokers and several carriers, such as Norway\'s Kestrel Air, have argued the new fees could cut their margins.',
      specs: [['Norway', 'LOC'], ['Kestrel Air', 'ORG']],
      content: 'the new fees could cut their margins',
      entity: null,
    },
  ])('$name', checkSpeaker);
});

describe('a place after a preposition is no speaker; unnamed traders (twenty-third session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"A grain dealer in Norvik said …": the dealer, unnamed, not the city (PLACE_IN_PHRASE)',
      text: 'Wheat\n\nPrices eased on Monday. A grain dealer in Norvik said he expected a firmer market next week.',
      specs: [['Norvik', 'LOC']],
      content: 'he expected a firmer market next week',
      source: 'A grain dealer in Norvik',
      entity: null,
    },
    {
      name: '"Vantor Inc of Japan said …": the firm, not its country (PLACE_IN_PHRASE)',
      text: 'Plants\n\nVantor Inc of Japan said its new plant in Ohio would open in May.',
      specs: [['Vantor Inc', 'ORG'], ['Japan', 'LOC'], ['Ohio', 'LOC']],
      content: 'its new plant in Ohio would open in May',
      entity: 'Vantor Inc',
    },
    {
      name: '"The chancellor, speaking during a tour of Norland, said …": a tour is no speaker, so the chancellor stays (PLACE_IN_PHRASE)',
      text: 'Tour\n\nThe chancellor, speaking during a tour of Norland, said it was time to talk about debt relief.',
      specs: [['Norland', 'LOC']],
      content: 'it was time to talk about debt relief',
      source: 'The chancellor',
      entity: null,
    },
    {
      name: '"A metals trader in Norvik said …. His company was buying, he said": the unnamed trader, not the analyst named before (MARKET_PEOPLE)',
      text: 'Zinc\n\nZinc prices fell, said Tom Reed, an analyst at Halden Metals. Stocks stood at 480,000 tonnes on Friday.\n\nA metals trader in Norvik said new ingots were arriving at the ports. His company was buying small lots to sell on to customers, he said.',
      specs: [['Tom Reed', 'PERSON'], ['Halden Metals', 'ORG'], ['Norvik', 'LOC']],
      content: 'His company was buying small lots to sell on to customers',
      source: 'he',
      entity: null,
    },
    {
      name: '"The leader of the Harbour Party said …": the leader, not the party (OFFICE_OF_NAME)',
      text: 'Vote\n\nThe leader of the Harbour Party said the vote had been lost by a wide margin.',
      specs: [['Harbour Party', 'ORG']],
      content: 'the vote had been lost by a wide margin',
      source: 'The leader of the Harbour Party',
      entity: null,
    },
    {
      name: '"Attorneys for Halden Corp said …" opening the sentence: the attorneys, not the firm (FIRST_WORD_HEAD)',
      text: 'Ruling\n\nAttorneys for Halden Corp said they would appeal the ruling next week.',
      specs: [['Halden Corp', 'ORG']],
      content: 'they would appeal the ruling next week',
      source: 'Attorneys for Halden Corp',
      entity: null,
    },
    {
      name: '"Halden Airlines Inc, 45 pct owned by Varity Corp, said …": the airline, not its owner (PASSIVE_ASIDE)',
      text: 'Traffic\n\nHalden Airlines Inc, 45 pct owned by Varity Corp, said its load factor fell in May.',
      specs: [['Halden Airlines Inc', 'ORG'], ['Varity Corp', 'ORG']],
      content: 'its load factor fell in May',
      entity: 'Halden Airlines Inc',
    },
    {
      name: '"The analysts polled by Halden Research said …": the analysts, not who polled them (AGENT_AFTER_PARTICIPLE)',
      text: 'Rates\n\nThe analysts polled by Halden Research said the bank would hold its rates.',
      specs: [['Halden Research', 'ORG']],
      content: 'the bank would hold its rates',
      source: 'The analysts polled by Halden Research',
      entity: null,
    },
    {
      name: '"The Dayton-based steel manufacturer said …": a description of the firm in words, a hyphened modifier one (ORG_DESCRIPTION_WORDS)',
      text: 'Profits\n\nHarlow Chemicals Corp. reported a lower third-quarter profit on Monday. The Dayton-based steel manufacturer said weaker demand hurt its margins.',
      specs: [['Harlow Chemicals Corp.', 'ORG'], ['Dayton', 'LOC']],
      content: 'weaker demand hurt its margins',
      entity: 'Harlow Chemicals Corp.',
    },
    {
      name: '"…, said one person close to Halden Corp and Varity Corp who added …": "who" is the unnamed person, not a firm (WHO_HEAD_BEFORE_NAME)',
      text: 'Talks\n\nThe talks had stalled, said one person close to Halden Corp and Varity Corp who added that they would resume in the spring.',
      specs: [['Halden Corp', 'ORG'], ['Varity Corp', 'ORG']],
      content: 'they would resume in the spring',
      source: 'who',
      entity: null,
    },
    {
      name: '"Finance Minister Tom Reed said …. Earlier this month the central bank said …": a body\'s head is no person (HEAD_FITS_ENTITY)',
      text: 'Rates\n\nFinance Minister Tom Reed said the crown was stable. Earlier this month the central bank said rates would hold.',
      specs: [['Tom Reed', 'PERSON']],
      content: 'rates would hold',
      source: 'the central bank',
      entity: null,
    },
    {
      name: '"Alex Marlow, an analyst …, said …. “…,” she said": a name given to boys and girls alike says no gender (UNISEX_NAMES)',
      text: 'Shares\n\nShares fell sharply. Alex Marlow, an analyst with Halden Bank, said the fall had long been expected. "It is happening faster than I thought," she said.',
      specs: [['Alex Marlow', 'PERSON'], ['Halden Bank', 'ORG']],
      content: 'It is happening faster than I thought,',
      entity: 'Alex Marlow',
    },
    {
      name: '"Halden Corp. said …. Papers lodged with the Fair Trading Commission showed …. The company says …": the firm, past the public body (FIRM_NOT_PUBLIC_BODY)',
      text: 'Spinoff\n\nHalden Corp. said its profit rose. Papers lodged with the Fair Trading Commission showed that Varity Inc. will withdraw its loans. The company says talks with two buyers are going well.',
      specs: [['Halden Corp.', 'ORG'], ['Fair Trading Commission', 'ORG'], ['Varity Inc.', 'ORG']],
      content: 'talks with two buyers are going well',
      entity: 'Halden Corp.',
    },
    {
      name: '"Papers lodged with the Fair Trading Commission showed …. The company says …": no firm spoke before; never the public body (FIRM_NOT_PUBLIC_BODY)',
      text: 'Spinoff\n\nPapers lodged with the Fair Trading Commission showed that Varity Inc. will withdraw its loans. The company says talks with two buyers are going well.',
      specs: [['Fair Trading Commission', 'ORG'], ['Varity Inc.', 'ORG']],
      content: 'talks with two buyers are going well',
      source: 'The company',
      entity: null,
    },
  ])('$name', checkSpeaker);
});
