import { describe, expect, it } from 'vitest';
import { run, byContent, checkCase, checkSpeaker, type Case, type SpeakerCase } from '../../testing/vitest/attributionCases.js';

describe('speakers and misses on the fourth and sixth BBC sets (round fourteen, issue 4)', () => {
  it.each<Case>([
    {
      name: '"a spokesman for European Justice and Home Affairs Commissioner X said": the spokesman past a long title (LONG_ROLE_TITLE)',
      text: 'The plans were attacked. And a spokesman for European Justice and Home Affairs Commissioner Franco Frattini said the plans would fail.',
      specs: [['Franco Frattini', 'PERSON']],
      want: { source: 'a spokesman for European Justice and Home Affairs Commissioner Franco Frattini', cue: 'said', content: 'the plans would fail', quoted: 'none' },
    },
    {
      name: '"According to its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling, …": the person in apposition (ACCORDING_ROLE_NAME)',
      text: 'Yukos has filed a claim. According to its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling, the claim is based on that figure.',
      specs: [['Yukos', 'ORG'], ['Emmanuel Gaillard', 'PERSON'], ['Shearman and Sterling', 'ORG']],
      want: { source: 'its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling', kind: 'named', entity: 'Emmanuel Gaillard', cue: 'According to', content: 'the claim is based on that figure', quoted: 'none', rule: 'according-to' },
    },
    {
      name: '"According to a spokesman, Mr Brown, 45, …": an age after the name is the content\'s subject',
      text: 'According to a spokesman, Mr Brown, 45, stayed at home.',
      specs: [['Brown', 'PERSON']],
      want: { source: 'a spokesman', cue: 'According to', content: 'Mr Brown, 45, stayed at home', quoted: 'none', rule: 'according-to' },
    },
    {
      name: '"…, according to studio estimates.": a cue word after "according to" is a noun (ACCORDING_CUE_NOUN)',
      text: 'The film has done well. It took $40m in weekend ticket sales, according to studio estimates.',
      want: { source: 'studio estimates', cue: 'according to', content: 'It took $40m in weekend ticket sales', quoted: 'none', rule: 'according-to' },
    },
    {
      name: '"The 21-year-old told a news conference … that": an age heads the source, no time adjunct (AGE_HEAD, AGE_SPEAKER)',
      text: 'Tom Jones has made another apology. The 21-year-old told a news conference in Cairo on Sunday that he is sorry.',
      specs: [['Tom Jones', 'PERSON'], ['Cairo', 'LOC'], ['Sunday', 'DATE']],
      want: { source: 'The 21-year-old', kind: 'nominal', entity: 'Tom Jones', cue: 'told', content: 'he is sorry', quoted: 'none' },
    },
    {
      name: '"Michael Howard, asked about the remark by reporters, said …": the passive aside is no cue between subject and verb (ASKED_ASIDE)',
      text: 'Conservative leader Michael Howard, asked about the remark by reporters, said it was important to be careful.',
      specs: [['Michael Howard', 'PERSON']],
      want: { source: 'Michael Howard', cue: 'said', content: 'it was important to be careful', quoted: 'none' },
    },
    {
      name: '… and the aside itself has no source (ASKED_ASIDE)',
      text: 'Conservative leader Michael Howard, asked about the remark by reporters, said it was important to be careful.',
      specs: [['Michael Howard', 'PERSON']],
      want: { source: null, cue: 'asked about', content: 'the remark by reporters', quoted: 'none', rule: 'asked-no-source' },
    },
    {
      name: '"Mr Blair told Five\'s Wright Stuff show: “…”": a cue word in the listener is a noun (LISTENER_NOUN_CUE)',
      text: 'Mr Blair told Five\'s Wright Stuff show: "Let\'s just apologise and move on."',
      specs: [['Blair', 'PERSON'], ['Five', 'ORG'], ['Wright Stuff', 'MISC']],
      want: { source: 'Blair', cue: 'told', content: 'Let\'s just apologise and move on.', quoted: 'direct', rule: 'source-cue-quote' },
    },
    {
      name: '"a woman asked for a photo and Clinton said, “…”": a cue word after a name past other words is still the cue',
      text: 'At one point, a woman asked for a photo and Clinton said, "as long as we are within the law."',
      specs: [['Clinton', 'PERSON']],
      want: { source: 'Clinton', cue: 'said', content: 'as long as we are within the law.', quoted: 'direct', rule: 'source-cue-quote' },
    },
    {
      name: '"The Mirror newspaper said on Tuesday it had …": the paper, and the content after the time phrase (ORG_HEADS, TIME_THEN_SUBJECT)',
      text: 'The Mirror newspaper said on Tuesday it had been handed a sensitive dossier.',
      specs: [['Mirror', 'ORG'], ['Tuesday', 'DATE']],
      want: { source: 'The Mirror newspaper', entity: 'Mirror', cue: 'said', content: 'it had been handed a sensitive dossier', quoted: 'none' },
    },
    {
      name: '"The Paris-based IEA watchdog, which advises …, said": the organisation named before the head (NAME_BEFORE_ORG_HEAD)',
      text: 'The International Energy Agency (IEA) raised its estimate. The Paris-based IEA watchdog, which advises industrialized nations on energy policy, said the revision was due to growth in China.',
      specs: [['International Energy Agency', 'ORG'], ['IEA', 'ORG', 0], ['IEA', 'ORG', 1], ['Paris-based', 'MISC']],
      want: { source: 'The Paris-based IEA watchdog', entity: 'International Energy Agency', cue: 'said', content: 'the revision was due to growth in China', quoted: 'none' },
    },
    {
      name: '"the Napsterization weblog which said": the relative pronoun takes the organisation before the head (NAME_BEFORE_ORG_HEAD)',
      text: 'Rumours about the deal were broken by the Napsterization weblog which said it got the hint from insiders.',
      specs: [['Napsterization', 'MISC']],
      want: { source: 'which', kind: 'pronoun', entity: 'Napsterization', cue: 'said', content: 'it got the hint from insiders', quoted: 'none' },
    },
    {
      name: '"Inbev, which makes Stella Artois, said": the subject, not the name inside the relative clause (RELATIVE_HOLDS_NAME)',
      text: 'Inbev, which makes Stella Artois, said pre-tax profits rose 56%.',
      specs: [['Inbev', 'ORG'], ['Stella Artois', 'MISC']],
      want: { source: 'Inbev', entity: 'Inbev', cue: 'said', content: 'pre-tax profits rose 56%', quoted: 'none' },
    },
    {
      name: '"He is expected to say that …": the subject will speak (RAISED_SPEECH)',
      text: 'Tony Blair will visit Leeds. He is expected to say that the new figures were heartening.',
      specs: [['Tony Blair', 'PERSON'], ['Leeds', 'LOC']],
      want: { source: 'He', kind: 'pronoun', entity: 'Tony Blair', cue: 'is expected to say', content: 'the new figures were heartening', quoted: 'none', rule: 'source-cue+raising' },
    },
    {
      name: '"Trump is expected to deliver a speech": no verb of saying, the raising reading stays',
      text: 'Trump is expected to deliver a victory speech later tonight.',
      specs: [['Trump', 'PERSON']],
      want: { source: null, cue: 'is expected', content: 'Trump is expected to deliver a victory speech later tonight', quoted: 'none', rule: 'raising-passive' },
    },
    {
      name: '"… as a key election issue but critics claim …": "but" + a bare plural of people + a report ends the content (BUT_GROUP_CLAUSE)',
      text: 'Labour sees nuisance behaviour as a key election issue but critics claim the record is at best patchy.',
      specs: [['Labour', 'ORG']],
      want: { source: 'critics', kind: 'vague', cue: 'claim', content: 'the record is at best patchy', quoted: 'none' },
    },
    {
      name: '"Pakistan\'s High Commissioner to Britain said": the office, not the place (OFFICE_TO_PLACE)',
      text: 'It comes after Pakistan\'s High Commissioner to Britain said some Pakistanis should integrate more.',
      specs: [['Pakistan', 'LOC'], ['Britain', 'LOC']],
      want: { source: 'Pakistan\'s High Commissioner to Britain', cue: 'said', content: 'some Pakistanis should integrate more', quoted: 'none' },
    },
    {
      name: '"Minister for Europe Denis MacShane said": a person named after the place is the source',
      text: 'Minister for Europe Denis MacShane said it was fine.',
      specs: [['Europe', 'LOC'], ['Denis MacShane', 'PERSON']],
      want: { source: 'Denis MacShane', cue: 'said', content: 'it was fine', quoted: 'none' },
    },
  ])('$name', checkCase);

  it('"But standing next to Mr Blair he added …": a person after a preposition and an honorific is not the "he" (OBLIQUE_HONORIFIC)', async () => {
    const a = await run('Gen Musharraf spoke in London. He said the group was on the run. But standing next to Mr Blair he added that it was crucial to act.', [['Musharraf', 'PERSON'], ['London', 'LOC'], ['Blair', 'PERSON']]);
    const got = byContent(a, 'it was crucial to act');
    expect(a.entities.find((e) => e.id === got?.source?.entity)?.name).toBe('Musharraf');
  });
});

describe('speakers named after their description (round fourteen b, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"A senior barrister who has resigned in protest over the government\'s anti-terror laws says": the barrister (RELATIVE_HYPHEN), named next (LEAD_CATAPHORA)',
      text: 'Laws attacked\n\nA senior barrister who has resigned in protest over the government\'s anti-terror laws says the system is giving Britain a bad name. Ian MacDonald QC quit when the government failed to act.',
      specs: [['Britain', 'LOC'], ['Ian MacDonald', 'PERSON']],
      content: 'the system is giving Britain a bad name',
      entity: 'Ian MacDonald',
    },
    {
      name: '"The new health minister for Wales says …" in the lead: the person the next sentence names (ROLE_HEAD_CATAPHORA)',
      text: 'Health lessons\n\nThe new health minister for Wales says there are lessons to learn from England. Dr Brian Gibbons, on his first full day in the job, said the essentials were in place.',
      specs: [['Wales', 'LOC'], ['England', 'LOC'], ['Brian Gibbons', 'PERSON']],
      content: 'there are lessons to learn from England',
      entity: 'Brian Gibbons',
    },
    {
      name: '"Pakistan\'s High Commissioner to Britain said …. Dr Maleeha Lodhi said …": the person first named as the next speaker (NAMED_NEXT)',
      text: 'Musharraf spoke in Manchester. It comes after Pakistan\'s High Commissioner to Britain said some Pakistanis should integrate more. Dr Maleeha Lodhi said people could not expect others to listen.',
      specs: [['Musharraf', 'PERSON'], ['Manchester', 'LOC'], ['Pakistan', 'LOC'], ['Britain', 'LOC'], ['Maleeha Lodhi', 'PERSON']],
      content: 'some Pakistanis should integrate more',
      entity: 'Maleeha Lodhi',
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
      name: '`were "only 10% of the agenda. Dr Gibbons … said …`: a partial quote left open ends with its sentence (PARTIAL_RUN_ON_SENTENCE)',
      text: 'Ms Hutt defended her record, saying waiting times were "only 10% of the agenda. Dr Gibbons, who was a GP in Wales, said staff wanted a period of calm after "tremendous change". Lists grew.',
      specs: [['Hutt', 'PERSON'], ['Gibbons', 'PERSON'], ['Wales', 'LOC']],
      want: { source: 'Gibbons', cue: 'said', content: 'staff wanted a period of calm after "tremendous change"', quoted: 'partial' },
    },
    {
      name: '`said "We will win. We will fight. "Next …`: a quote after "said" still runs on over its sentences',
      text: 'He said "We will win. We will fight on. "Nobody can stop us now," he added.',
      want: { source: 'He', cue: 'said', content: 'We will win. We will fight on.', quoted: 'direct' },
    },
  ])('$name', checkCase);

  it('"10 overseas posts have been closed": a cue word before an auxiliary is a noun (NOUN_BEFORE_AUX); "what he fears is" stays a report', async () => {
    const a = await run('Since 1997 10 overseas posts have been closed, but new embassies have been opened. What he fears is a collapse of the talks.');
    expect(a.attributions.find((x) => x.cue?.text === 'posts')).toBeUndefined();
    expect(a.attributions.find((x) => x.cue?.text === 'fears')?.source?.text).toBe('he');
  });
});

describe('speakers on the seventh and eighth BBC sets (round fourteen d, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Peter Saunders of the CMF said": the person before "of the" and the body (OWNER_OF_THE)',
      text: 'Peter Saunders of the CMF said it believed the refusals should be only advisory.',
      specs: [['Peter Saunders', 'PERSON'], ['CMF', 'ORG']],
      content: 'it believed the refusals should be only advisory',
      source: 'Peter Saunders',
      entity: 'Peter Saunders',
    },
    {
      name: '"The Alliance, which includes the A Society, Age Concern and the B Society, said": the phrase before "which", past the list (RELATIVE_HOLDS_NAME)',
      text: 'The Making Decisions Alliance, which includes the Alzheimer\'s Society, Age Concern, Mencap and the National Autistic Society, said the bill had to be cleared up.',
      specs: [['Making Decisions Alliance', 'ORG'], ['Alzheimer\'s Society', 'ORG'], ['Age Concern', 'ORG'], ['Mencap', 'ORG'], ['National Autistic Society', 'ORG']],
      content: 'the bill had to be cleared up',
      source: 'Making Decisions Alliance',
      entity: 'Making Decisions Alliance',
    },
    {
      name: '"“…,” said Moscow-based US lawyer Jamie Firestone": past the names before the role (NAMED_PREMODIFIERS)',
      text: '"The pledged assets are with Rosneft," said Moscow-based US lawyer Jamie Firestone, who is not connected to the case.',
      specs: [['Rosneft', 'ORG'], ['Moscow-based', 'MISC'], ['Jamie Firestone', 'PERSON']],
      content: 'The pledged assets are with Rosneft,',
      source: 'Jamie Firestone',
      entity: 'Jamie Firestone',
    },
    {
      name: '"Rosneft officials were unavailable …. But the company has said": the organisation of the nearest sentence that names one (NEAREST_ORG_SENTENCE)',
      text: 'Menatep and Yukos sued Rosneft. Rosneft officials were unavailable for comment. But the company has said it intends to take action against Menatep.',
      specs: [['Menatep', 'ORG', 0], ['Yukos', 'ORG'], ['Rosneft', 'ORG', 0], ['Rosneft', 'ORG', 1], ['Menatep', 'ORG', 1]],
      content: 'it intends to take action against Menatep',
      source: 'the company',
      entity: 'Rosneft',
    },
    {
      name: '"Sun … will have to persuade managers, but it said …": an "it" no speaker resolves takes the organisation named before (IT_DESCRIBED_ORG)',
      text: 'Sun has launched a grid service. Sun will have to persuade managers to adopt it but it said it already had interest from customers.',
      specs: [['Sun', 'ORG', 0], ['Sun', 'ORG', 1]],
      content: 'it already had interest from customers',
      source: 'it',
      entity: 'Sun',
    },
    {
      name: '"…, according to a TUC report.": the body named before an organisation\'s head, also after "a" (NAME_BEFORE_ORG_HEAD)',
      text: 'Plans to shed 71,000 jobs will prove to be a false economy, according to a TUC report.',
      specs: [['TUC', 'ORG']],
      content: 'Plans to shed 71,000 jobs will prove to be a false economy',
      source: 'a TUC report',
      entity: 'TUC',
    },
  ])('$name', checkSpeaker);
});

describe('books and their writers, banks and their names (round fourteen e, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"a new book, Brown\'s Britain by Robert Preston. … The book claims": the author (BOOK_AUTHOR)',
      text: 'It follows a new book, Brown\'s Britain by Robert Preston. The book claims the premier went back on his pledge.',
      specs: [['Robert Preston', 'PERSON']],
      content: 'the premier went back on his pledge',
      entity: 'Robert Preston',
    },
    {
      name: '"Mr Peston\'s book claimed that …": the owner of the book (OWNER_OF_DOCUMENT)',
      text: 'Mr Peston\'s book claimed that Mr Brown lost his trust.',
      specs: [['Peston', 'PERSON'], ['Brown', 'PERSON']],
      content: 'Mr Brown lost his trust',
      entity: 'Peston',
    },
    {
      name: '"The premier insisted …" after "Chancellor Gordon Brown said": not the chancellor (OTHER_OFFICE, round fifteen)',
      text: 'Tony Blair said the campaign had begun. Chancellor Gordon Brown said the economy was strong. The premier insisted the election would be fought on the economy.',
      specs: [['Tony Blair', 'PERSON'], ['Gordon Brown', 'PERSON']],
      content: 'the election would be fought on the economy',
      entity: 'Tony Blair',
    },
    {
      name: '"…," the Democrat senator said after "New York Senator Charles Schumer said": one kind of office (OTHER_OFFICE)',
      text: 'New York Senator Charles Schumer said the tapes were stolen. "Baggage handlers should have background checks," the Democrat senator said.',
      specs: [['Charles Schumer', 'PERSON']],
      content: 'Baggage handlers should have background checks,',
      entity: 'Charles Schumer',
    },
    {
      name: '"The premier insisted Mr Brown will …": not the person the content names (OFFICE_CONTENT_NAMED, round fifteen)',
      text: 'Tony Blair said the campaign had begun. Gordon Brown said the economy was strong. The premier insisted Mr Brown will have a key role.',
      specs: [['Tony Blair', 'PERSON'], ['Gordon Brown', 'PERSON'], ['Brown', 'PERSON', 1]],
      content: 'Mr Brown will have a key role',
      entity: 'Tony Blair',
    },
    {
      name: '"“…,” said his wife, Sheila.": the name after the description (ROLE_THEN_NAME, round fifteen)',
      text: '"He had a wonderful life," said his wife, Sheila.',
      specs: [['Sheila', 'PERSON']],
      content: 'He had a wonderful life,',
      source: 'Sheila',
      entity: 'Sheila',
    },
    {
      name: '"“…,” said Prebon Yamane economist Lena Komileva.": the name after the role (ROLE_THEN_NAME)',
      text: '"The UK is in a two-tier economy again," said Prebon Yamane economist Lena Komileva.',
      specs: [['Prebon Yamane', 'PERSON'], ['Lena Komileva', 'PERSON']],
      content: 'The UK is in a two-tier economy again,',
      source: 'Lena Komileva',
      entity: 'Lena Komileva',
    },
    {
      name: '"“…,” said his wife, Sheila Hailey, who …": a name that does not end the sentence stays out (ROLE_THEN_NAME)',
      text: '"He had a wonderful life," said his wife, Sheila Hailey, who was with him.',
      specs: [['Sheila Hailey', 'PERSON']],
      content: 'He had a wonderful life,',
      source: 'his wife',
      entity: null,
    },
    {
      name: '"The Spaniard believed …": one person, the one named before (DEMONYM_PERSON, round fifteen)',
      text: 'Jose Reyes was fooled by a radio prank. The Spaniard believed he was talking to a director of Real Madrid.',
      specs: [['Jose Reyes', 'PERSON'], ['Spaniard', 'NORP'], ['Real Madrid', 'ORG']],
      content: 'he was talking to a director of Real Madrid',
      source: 'The Spaniard',
      entity: 'Jose Reyes',
    },
    {
      name: '"The 55-year-old Frenchman told …": the whole description is the source (DEMONYM_PERSON)',
      text: 'Arsene Wenger signed a new deal on Friday. The 55-year-old Frenchman told reporters he loved the club.',
      specs: [['Arsene Wenger', 'PERSON'], ['Frenchman', 'NORP']],
      content: 'he loved the club',
      source: 'The 55-year-old Frenchman',
      entity: 'Arsene Wenger',
    },
    {
      name: '"The French said …": a people, not one person (DEMONYM_PERSON)',
      text: 'Jacques Chirac met the press. The French said the plan was dead.',
      specs: [['Jacques Chirac', 'PERSON'], ['French', 'NORP']],
      content: 'the plan was dead',
      source: 'French',
      entity: 'French',
    },
    {
      name: '"CML figures showed …": the body named before the document (NAMED_DOCUMENT, round fifteen)',
      text: 'The Council of Mortgage Lenders (CML) and the Building Societies Association said lending was slowing. CML figures showed gross lending fell by 4% in November.',
      specs: [['Council of Mortgage Lenders', 'ORG'], ['CML', 'ORG'], ['Building Societies Association', 'ORG'], ['CML', 'ORG', 1]],
      content: 'gross lending fell by 4% in November',
      entity: 'Council of Mortgage Lenders',
    },
    {
      name: '"…," said an agency statement: the agency the article names (NAMED_DOCUMENT)',
      text: 'The International Atomic Energy Agency needs $40m for new computers. "Failure to replace the hardware will carry large risks," said an agency statement.',
      specs: [['International Atomic Energy Agency', 'ORG']],
      content: 'Failure to replace the hardware will carry large risks,',
      entity: 'International Atomic Energy Agency',
    },
    {
      name: '"The Tory co-chairman attacked …": the person titled so, not the latest speaker (HYPHENATED_OFFICES, round fifteen)',
      text: 'Tory co-chairman Liam Fox spoke after Tony Blair said the Tories offered a hard right agenda. The Tory co-chairman said Labour was very worried.',
      specs: [['Liam Fox', 'PERSON'], ['Tony Blair', 'PERSON']],
      content: 'Labour was very worried',
      entity: 'Liam Fox',
    },
    {
      name: '"The MEP said …": an office, held by the latest speaker (OFFICE_NOUNS)',
      text: 'Robert Kilroy-Silk has attacked the policy, saying it hurts workers. The MEP said his party would only admit skilled foreigners.',
      specs: [['Robert Kilroy-Silk', 'PERSON']],
      content: 'his party would only admit skilled foreigners',
      entity: 'Robert Kilroy-Silk',
    },
    {
      name: '"… questioned by … Dafydd Wigley. He accepted …": the person named last before, not the owner (LAST_NAMED_PRONOUN, round fifteen)',
      text: 'Elfyn Llwyd said the fires were a plot. Mr Llwyd\'s theory has also been questioned by the former party president, Dafydd Wigley. He accepted that the fires damaged the party.',
      specs: [['Elfyn Llwyd', 'PERSON'], ['Llwyd', 'PERSON', 1], ['Dafydd Wigley', 'PERSON']],
      content: 'the fires damaged the party',
      entity: 'Dafydd Wigley',
    },
    {
      name: '"Nicholas Negroponte, founder of the Labs, says …. He told …": the person linked stays when named there too (LAST_NAMED_PRONOUN)',
      text: 'Nicholas Negroponte, founder of the Media Labs, says he is building a cheap laptop. He told reporters he hoped it would become an education tool.',
      specs: [['Nicholas Negroponte', 'PERSON'], ['Labs', 'PERSON']],
      content: 'he hoped it would become an education tool',
      entity: 'Nicholas Negroponte',
    },
    {
      name: '"The IFPI industry body said …": the name across the head\'s modifier (MODIFIED_ORG_HEAD, round fifteen)',
      text: 'Sales rose tenfold, the figures show. The IFPI industry body said that the popularity of portable players was behind the growth.',
      specs: [['IFPI', 'ORG']],
      content: 'the popularity of portable players was behind the growth',
      entity: 'IFPI',
    },
    {
      name: '"David Blunkett has apologised …. The home secretary confirmed …": the person named before (OFFICE_DESCRIBED, round fifteen)',
      text: 'David Blunkett has apologised to MPs after the Home Office announced "prematurely" via press release a review of murder laws. The home secretary confirmed the review was to get under way.',
      specs: [['David Blunkett', 'PERSON'], ['Home Office', 'ORG']],
      content: 'the review was to get under way',
      entity: 'David Blunkett',
    },
    {
      name: '"Chancellor Gordon Brown has arrived. The home secretary confirmed …": not a person of another office (OFFICE_DESCRIBED)',
      text: 'Chancellor Gordon Brown has arrived in Tanzania. The home secretary confirmed the review was to get under way.',
      specs: [['Gordon Brown', 'PERSON']],
      content: 'the review was to get under way',
      entity: null,
    },
    {
      name: '"The company said …" after a rival and an analyst\'s firm: the main company that spoke (SALIENT_SPEAKER_ORG, round fifteen)',
      text: 'Unilever has scrapped its dual structure. Unilever said sales fell. Oil giant Shell dismantled its own structure last year. "The best news was the simplification," said Arjan Sweere, an analyst at Petercam. The company said the changes would speed decisions.',
      specs: [['Unilever', 'ORG'], ['Unilever', 'ORG', 1], ['Shell', 'ORG'], ['Arjan Sweere', 'PERSON'], ['Petercam', 'ORG']],
      content: 'the changes would speed decisions',
      entity: 'Unilever',
    },
    {
      name: '"New Metropolitan Police Commissioner Sir Ian Blair has backed …, saying:": the person after the office (TITLED_PERSON_SUBJECT, round fifteen)',
      text: 'New Metropolitan Police Commissioner Sir Ian Blair has backed the control orders, saying: "It is a dilemma, but there is only one choice."',
      specs: [['Metropolitan Police Commissioner', 'MISC'], ['Ian Blair', 'PERSON']],
      content: 'It is a dilemma, but there is only one choice.',
      source: 'Ian Blair',
      entity: 'Ian Blair',
    },
    {
      name: '"The MP for Ealing North claimed …": the office for the seat, held by the person named before (SEAT_OFFICES, round fifteen)',
      text: 'Meanwhile Labour backbencher Stephen Pound attacked the casino plans on the radio. The MP for Ealing North claimed the legislation would encourage a mafia-like culture.',
      specs: [['Stephen Pound', 'PERSON'], ['Ealing North', 'LOC']],
      content: 'the legislation would encourage a mafia-like culture',
      source: 'The MP for Ealing North',
      entity: 'Stephen Pound',
    },
    {
      name: '"Gerrard, who fired Liverpool … over Olympiakos, insisted …": the one-word subject before the relative (ONE_WORD_OWNER, round fifteen)',
      text: '"It would be a dream," he told BBC Radio Five Live.\n\nGerrard, who fired Liverpool into the last 16 of this season\'s competition with a brilliant goal in December\'s win over Olympiakos, insisted he was still fully focused.',
      specs: [['BBC Radio Five Live', 'ORG'], ['Gerrard', 'PERSON'], ['Liverpool', 'ORG'], ['Olympiakos', 'ORG']],
      content: 'he was still fully focused',
      source: 'Gerrard',
      entity: 'Gerrard',
    },
    {
      name: '"The panel suggested …" after "the Law Commission said": a body that sits (ORG_HEADS, round fifteen)',
      text: 'In its report, the Law Commission said it had found wide support for an end to the mandatory sentence. The panel suggested different kinds of murders could be graded.',
      specs: [['Law Commission', 'ORG']],
      content: 'different kinds of murders could be graded',
      entity: 'Law Commission',
    },
    {
      name: '"Research conducted by the EOC … revealed …. …, according to their figures": the author of the research (OTHER_DOCUMENT_NOUN, round fifteen)',
      text: 'Research conducted by the Equal Opportunities Commission last year revealed that many Britons believe the pay gap is natural. Women hold less than 10% of the top positions in FTSE 100 companies, according to their figures.',
      specs: [['Equal Opportunities Commission', 'ORG'], ['Britons', 'NORP'], ['FTSE 100', 'MISC']],
      content: 'Women hold less than 10% of the top positions in FTSE 100 companies',
      entity: 'Equal Opportunities Commission',
    },
    {
      name: '"Later the prime minister said:" after "London mayor Mr Livingstone": not the mayor, the other person named (HONORIFIC_TITLES, OFFICE_DESCRIBED)',
      text: 'London mayor Mr Livingstone says he is standing by his remarks. Mr Livingstone said he would not apologise even if Mr Blair asked. Later the prime minister said: "A lot of us get angry with journalists."',
      specs: [['Livingstone', 'PERSON'], ['Livingstone', 'PERSON', 1], ['Blair', 'PERSON']],
      content: 'A lot of us get angry with journalists.',
      entity: 'Blair',
    },
    {
      name: '"But the prime minister says it is time for Mr Livingstone to say sorry": not the person its words name (OFFICE_CONTENT_NAMED, OFFICE_DESCRIBED)',
      text: 'Mr Livingstone says he is standing by his remarks. But the prime minister says it is time for Mr Livingstone to say sorry.',
      specs: [['Livingstone', 'PERSON'], ['Livingstone', 'PERSON', 1]],
      content: 'it is time for Mr Livingstone to say sorry',
      entity: null,
    },
    {
      name: '"… George Bush opposed extending it. But the Tory leader argued …": the contrast turns from the last speaker (CONTRAST_OFFICE, round fifteen)',
      text: 'Michael Howard has backed stem cell research, saying it is important people are not frightened. The issue was a feature of the US election, where George Bush opposed extending it. But the Tory leader argued there was a moral case for science.',
      specs: [['Michael Howard', 'PERSON'], ['US', 'LOC'], ['George Bush', 'PERSON']],
      content: 'there was a moral case for science',
      entity: 'Michael Howard',
    },
    {
      name: '"Professor Etzioni …. His report demands …": the owner the possessive pronoun stands for (PRONOUN_OWNER, round fifteen)',
      text: 'Professor Amitai Etzioni says nuclear terrorism is the greatest threat. His report demands a major overhaul of world rules on nuclear technology.',
      specs: [['Amitai Etzioni', 'PERSON']],
      content: 'a major overhaul of world rules on nuclear technology',
      entity: 'Amitai Etzioni',
    },
    {
      name: '"BMW sold more cars in Asia. The German carmaker is aiming to …": a carmaker is a company (ORG_HEADS, round fifteen)',
      text: 'BMW sold more cars in Asia last year, the firm said. The German carmaker is aiming to boost annual sales in Asia to 150,000 by 2008.',
      specs: [['BMW', 'ORG'], ['Asia', 'LOC'], ['Asia', 'LOC', 1]],
      content: 'to boost annual sales in Asia to 150,000 by 2008',
      entity: 'BMW',
    },
    {
      name: '"A UK Independence Party MEP suggested …. Mike Nattrass said …": a member of a parliament is a person (PERSON_HEADS, round fifteen)',
      text: 'UKIP MEP attacked German empire\n\nA UK Independence Party MEP suggested Germany saw the EU as an empire, a new documentary has revealed. Mike Nattrass, who represents the West Midlands, told the programme the EU was cheaper than tanks.',
      specs: [['UK Independence Party', 'ORG'], ['Germany', 'LOC'], ['EU', 'ORG'], ['Mike Nattrass', 'PERSON'], ['West Midlands', 'LOC'], ['EU', 'ORG', 1]],
      content: 'Germany saw the EU as an empire',
      entity: 'Mike Nattrass',
    },
    {
      name: '"… claims made in journalist Robert Peston\'s new book. The new book claims …": the book\'s owner (OWNER_OF_BOOK, round fifteen)',
      text: 'Labour MPs were angry over claims made in journalist Robert Peston\'s new book. The new book claims Mr Prescott hosted a dinner in 2003.',
      specs: [['Robert Peston', 'PERSON'], ['Prescott', 'PERSON']],
      content: 'Mr Prescott hosted a dinner in 2003',
      entity: 'Robert Peston',
    },
    {
      name: '"Liam Neeson held a dinner …. The Ballymena-born actor said …": an actor is a person described (PERSON_HEADS, round fifteen)',
      text: 'Liam Neeson held a dinner party in New York to promote the theatre. The Ballymena-born actor said that the theatre was in a very dilapidated condition.',
      specs: [['Liam Neeson', 'PERSON'], ['New York', 'LOC']],
      content: 'the theatre was in a very dilapidated condition',
      entity: 'Liam Neeson',
    },
    {
      name: '"The Canada-based company says …": described by its place, not named by it (BASED_NOT_NAME, round fifteen)',
      text: 'Games makers want new faces. The Canada-based company says it was looking for a wide variety of people.',
      specs: [['Canada-based', 'MISC']],
      content: 'it was looking for a wide variety of people',
      entity: null,
    },
    {
      name: '"Mr Fox said: …. … she said she often criticised her husband": "she" is not Liam Fox (GIVEN_NAME_GENDER, round fifteen)',
      text: 'Liam Fox said: "Sandra has been campaigning on a number of visits." During an interview on ITV1\'s This Morning she said she often criticised her husband.',
      specs: [['Liam Fox', 'PERSON'], ['Sandra', 'PERSON'], ['ITV1', 'ORG'], ['This Morning', 'MISC']],
      content: 'she often criticised her husband',
      entity: null,
    },
    {
      name: '"Actor Bruce Willis is suing Revolution Studios …. The lawsuit said …": the party that sued (LAWSUIT_FILER, round fifteen)',
      text: 'Actor Bruce Willis is suing Revolution Studios over an injury. The lawsuit said the star has endured mental and physical injuries.',
      specs: [['Bruce Willis', 'PERSON'], ['Revolution Studios', 'ORG']],
      content: 'the star has endured mental and physical injuries',
      entity: 'Bruce Willis',
    },
    {
      name: '"Lord Bach, Minister for Defence Procurement, said …": the person before a titled appositive (TITLE_APPOSITIVE, round fifteen)',
      text: 'Lord Bach, Minister for Defence Procurement, said he was still disappointed with the cost increases.',
      specs: [['Bach', 'PERSON'], ['Procurement', 'PERSON']],
      content: 'he was still disappointed with the cost increases',
      entity: 'Bach',
    },
    {
      name: '"…, according to our correspondent": the correspondent the article titles so (OUR_CORRESPONDENT, round fifteen)',
      text: 'An official spoke to the BBC\'s defence correspondent Paul Adams on Monday. The findings follow a string of critical reports and, according to our correspondent, contain few new surprises.',
      specs: [['BBC', 'ORG'], ['Paul Adams', 'PERSON']],
      content: 'The findings follow a string of critical reports and, according to our correspondent, contain few new surprises',
      entity: 'Paul Adams',
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
