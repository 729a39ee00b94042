import { describe, expect, it } from 'vitest';
import { run, byContent, checkCase, checkSpeaker, type Case, type SpeakerCase } from '../../testing/vitest/attributionCases.js';

describe('inverted sources on sports pages (round fourteen f, issue 4)', () => {
  it.each<Case>([
    {
      name: '"“…,” said the national indoor champion, who …": a champion can speak (animacy)',
      text: 'Halloran won twice. "That time will be tough to beat," said the national indoor champion, who hopes to go faster next year.',
      specs: [['Halloran', 'PERSON']],
      want: { source: 'the national indoor champion', cue: 'said', content: 'That time will be tough to beat,', quoted: 'direct', rule: 'quote-cue-source' },
    },
    {
      name: '"“…,” said the 25-year-old.": the age heads the phrase read forwards (AGE_HEAD)',
      text: 'Smith won again. "It was a hard race," said the 25-year-old.',
      specs: [['Smith', 'PERSON']],
      want: { source: 'the 25-year-old', cue: 'said', content: 'It was a hard race,', quoted: 'direct', rule: 'quote-cue-source' },
    },
    {
      name: '"“…,” said the 25-year-old striker.": a speaking noun after the age (AGE_HEAD)',
      text: 'Smith scored again. "It was a hard game," said the 25-year-old striker.',
      specs: [['Smith', 'PERSON']],
      want: { source: 'the 25-year-old striker', cue: 'said', content: 'It was a hard game,', quoted: 'direct' },
    },
  ])('$name', checkCase);

  it('"… well short of Victor Amadi\'s world record. “…,” said the champion": an owner is not the one described (OWNER_NOT_DESCRIBED)', async () => {
    const a = await run('Halloran won twice. His times were well short of Victor Amadi\'s world record. "That time will be tough to beat," said the champion.', [['Halloran', 'PERSON'], ['Victor Amadi', 'PERSON']]);
    const got = byContent(a, 'That time will be tough to beat,');
    expect(got?.source?.text).toBe('the champion');
    expect(a.entities.find((e) => e.id === got?.source?.entity)?.name).not.toBe('Victor Amadi');
  });
});

describe('participles after a clause with a hyphenated or paired subject (round fourteen g, issue 4)', () => {
  it.each<Case>([
    {
      name: '"But anti-toll activists stayed defiant after the charge was approved, saying …": a hyphenated modifier read forwards (HYPHEN_FORWARD)',
      text: 'But anti-toll activists stayed defiant after the charge was approved, saying they would refuse to pay it.',
      want: { source: 'anti-toll activists', kind: 'vague', cue: 'saying', content: 'they would refuse to pay it', quoted: 'none', rule: 'participle-cue' },
    },
    {
      name: '"“…,” said the co-author.": a hyphenated head that can speak (HYPHEN_FORWARD)',
      text: 'The book sold well. "It is fine," said the co-author.',
      want: { source: 'the co-author', cue: 'said', content: 'It is fine,', quoted: 'direct', rule: 'quote-cue-source' },
    },
    {
      name: '"The pair stayed three nights in a clinic, claiming …": a pair can speak (animacy)',
      text: 'The pair stayed three nights in a clinic, claiming they had been hurt in a fall.',
      want: { source: 'The pair', cue: 'claiming', content: 'they had been hurt in a fall', quoted: 'none', rule: 'participle-cue' },
    },
  ])('$name', checkCase);
});

describe('sources around names, and descriptions resolved (round fourteen h, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Greenaid senior trade adviser Lena Marsh welcomed … and said …": a title after a body\'s name, read forwards',
      text: 'Greenaid senior trade adviser Lena Marsh welcomed the decision and said donors had signed up.',
      specs: [['Greenaid', 'ORG'], ['Lena Marsh', 'PERSON']],
      content: 'donors had signed up',
      source: 'Lena Marsh',
      entity: 'Lena Marsh',
    },
    {
      name: '"“…,” director of energy research Paula Venn said": a role and its "of" phrase before the name (ROLE_PP_NAME)',
      text: '"Now the hard bargaining starts," director of energy research Paula Venn said.',
      specs: [['Paula Venn', 'PERSON']],
      content: 'Now the hard bargaining starts,',
      source: 'Paula Venn',
      entity: 'Paula Venn',
    },
    {
      name: '"Gareth Pryce, managing director of ISP Netbridge said": an appositive left unclosed before the verb (UNCLOSED_APPOSITIVE)',
      text: 'Gareth Pryce, managing director of ISP Netbridge said that it would make the charges simpler.',
      specs: [['Gareth Pryce', 'PERSON'], ['ISP Netbridge', 'ORG']],
      content: 'it would make the charges simpler',
      source: 'Gareth Pryce',
      entity: 'Gareth Pryce',
    },
    {
      name: '"“…,” said Kestrel Networks\' Helen Marsh Dobson": a plural possessive after a name cut short (POSSESSIVE_AFTER_HEAD)',
      text: '"We are delighted with the prize," said Kestrel Networks\' Helen Marsh Dobson.',
      specs: [['Kestrel', 'ORG'], ['Helen Marsh Dobson', 'PERSON']],
      content: 'We are delighted with the prize,',
      source: 'Helen Marsh Dobson',
      entity: 'Helen Marsh Dobson',
    },
    {
      name: '"“…,” said Albion boss Brendan O\'Farrell" with the club read as a person: the person after the role',
      text: '"Pelling will miss the next month," said Albion boss Brendan O\'Farrell.',
      specs: [['Albion', 'PERSON'], ['Brendan O\'Farrell', 'PERSON']],
      content: 'Pelling will miss the next month,',
      source: 'Brendan O\'Farrell',
      entity: 'Brendan O\'Farrell',
    },
    {
      name: '"The Tory co-chairman attacked … and said …": a hyphenated head, read both ways',
      text: 'The Tory co-chairman attacked the plans and said Mr Brandon was mistaken.',
      specs: [['Tory', 'NORP'], ['Brandon', 'PERSON']],
      content: 'Mr Brandon was mistaken',
      source: 'The Tory co-chairman',
      entity: null,
    },
    {
      name: '"The family said …": a noun that ends like an adverb (LY_NOUNS)',
      text: 'The family said it was devastated.',
      specs: [],
      content: 'it was devastated',
      source: 'The family',
      entity: null,
    },
    {
      name: '"“…,” the former monopoly said, after Telvia": a company can speak, and the description takes the body named just before',
      text: 'Telvia has offered rivals cheaper access. "At the heart of the plan are lower charges," the former monopoly said.',
      specs: [['Telvia', 'ORG']],
      content: 'At the heart of the plan are lower charges,',
      source: 'the former monopoly',
      entity: 'Telvia',
    },
    {
      name: '"The Westbury Gazette poll suggests …": the body named before a poll (ORG_HEADS)',
      text: 'The Westbury Gazette poll suggests that 38% of voters would back the scheme.',
      specs: [['Westbury Gazette', 'ORG']],
      content: '38% of voters would back the scheme',
      source: 'The Westbury Gazette poll',
      entity: 'Westbury Gazette',
    },
    {
      name: '"…, a survey says." … "conducted by consultancy group Marlow Partners": the body the article names as its author (DOCUMENT_AUTHOR)',
      text: 'Cards in stores\n\nShoppers are deeply worried about loyalty cards in stores, a survey says.\n\nThe survey of shoppers in Spain and Italy was conducted by consultancy group Marlow Partners.',
      specs: [['Spain', 'LOC'], ['Italy', 'LOC'], ['Marlow Partners', 'ORG']],
      content: 'Shoppers are deeply worried about loyalty cards in stores',
      source: 'a survey',
      entity: 'Marlow Partners',
    },
    {
      name: '"Craig Dunne … may not be fit, claims his agent. Dunne had hoped …": not the person the lead itself names (LEAD_NAMED_NOT_CATAPHOR)',
      text: 'Dunne waits\n\nHamford winger Craig Dunne may not be fit until April, claims his agent.\n\nDunne, 24, had hoped to play on Saturday.',
      specs: [['Hamford', 'ORG'], ['Craig Dunne', 'PERSON'], ['Dunne', 'PERSON', 1]],
      content: 'Hamford winger Craig Dunne may not be fit until April',
      source: 'his agent',
      entity: null,
    },
  ])('$name', checkSpeaker);
});

describe('cue words that report nothing here (round fourteen i, issue 4)', () => {
  it.each([
    { name: '"begins questioning herself": a content that is only a reflexive pronoun (reflexive-only)', text: 'Yet the worries begin when the Devon swimmer begins questioning herself.', cue: 'begins questioning' },
    { name: '"It went on to earn over $450m" (went-on-to-event)', text: 'It went on to earn over $450m (£240m) at cinemas around the globe.', cue: 'went on' },
  ])('$name: no attribution on that cue', async ({ text, cue }) => {
    const a = await run(text);
    expect(a.attributions.filter((x) => x.cue?.text === cue), JSON.stringify(a.attributions.map((x) => [x.cue?.text, x.content.text]))).toEqual([]);
  });
});

describe('descriptions on a second batch of BBC sources (round fourteen j, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Alan Pridmore, Corvane\'s chief financial officer said": a role owned by a body, the appositive left unclosed (UNCLOSED_APPOSITIVE)',
      text: 'Alan Pridmore, Corvane\'s chief financial officer said the trial release should be out shortly.',
      specs: [['Alan Pridmore', 'PERSON'], ['Corvane', 'ORG']],
      content: 'the trial release should be out shortly',
      source: 'Alan Pridmore',
      entity: 'Alan Pridmore',
    },
    {
      name: '"“…,” Mr Hallam, Norland\'s chief executive said": the same after a quote (UNCLOSED_APPOSITIVE_QUOTE)',
      text: 'The appeal came in a lecture. "They must act while they still can," Mr Hallam, Norland\'s chief executive said.',
      specs: [['Hallam', 'PERSON'], ['Norland', 'ORG']],
      content: 'They must act while they still can,',
      source: 'Hallam',
      entity: 'Hallam',
    },
    {
      name: '"“…,” Stefan Kohlmann, a Nordair spokesman told the BBC": an unclosed appositive with an article (UNCLOSED_ARTICLE_APPOSITIVE, round fifteen)',
      text: 'Routes were dropped. "We are looking at every option open to us," Stefan Kohlmann, a Nordair spokesman told the BBC.',
      specs: [['Stefan Kohlmann', 'PERSON'], ['Nordair', 'ORG'], ['BBC', 'ORG']],
      content: 'We are looking at every option open to us,',
      source: 'Stefan Kohlmann',
      entity: 'Stefan Kohlmann',
    },
    {
      name: '"The Green Party\'s Westminster leader, Mairi Fenwick, welcomed the decision but added …": the person in apposition (APPOSED_SUBJECT)',
      text: 'The Green Party\'s Westminster leader, Mairi Fenwick, welcomed the decision but added that the change came too late.',
      specs: [['Green Party', 'ORG'], ['Westminster', 'LOC'], ['Mairi Fenwick', 'PERSON']],
      content: 'the change came too late',
      source: 'Mairi Fenwick',
      entity: 'Mairi Fenwick',
    },
    {
      name: '"… linked Fenton with a return to Scotland, but the Scotland striker said …": the one person named before in the same sentence (DESCRIBED_SAME_SENTENCE)',
      text: 'Press reports have linked Fenton with a return to Scotland, but the Scotland striker said he has no plans to leave.',
      specs: [['Fenton', 'PERSON'], ['Scotland', 'LOC']],
      content: 'he has no plans to leave',
      source: 'the Scotland striker',
      entity: 'Fenton',
    },
    {
      name: '"The bank gave no details but said …" after the Bank of Westbury: the first word of a "<Word> of …" name (HEAD_OF_NAME)',
      text: 'The Bank of Westbury has mislaid disks holding customer files. Some officials of the Harbour Council were among the customers hit. The bank gave no details, but said the disks had most likely gone astray in the post.',
      specs: [['Bank of Westbury', 'ORG'], ['Harbour Council', 'ORG']],
      content: 'the disks had most likely gone astray in the post',
      source: 'The bank',
      entity: 'Bank of Westbury',
    },
    {
      name: '"the defender said" is not the one the article calls "City boss Ken Marsh" (ROLE_CONFLICT), but Tom Hale, whom "He" opening the sentence before stands for',
      text: 'Hale set to sign\n\nTom Hale wants to sign a new deal with Westbury after a strong season.\n\nHe was nearly sold last summer by City boss Ken Marsh but has won his place back. Contract talks began this week, and the defender said: "I want this settled before the cup tie."',
      specs: [['Tom Hale', 'PERSON'], ['Westbury', 'ORG'], ['City', 'ORG'], ['Ken Marsh', 'PERSON']],
      content: 'I want this settled before the cup tie.',
      source: 'the defender',
      entity: 'Tom Hale',
    },
    {
      name: '"Westland\'s chief medical officer says …. Dr Ruth Calder said …": an officer is one person, named in the next sentence (MORE_PERSON_HEADS)',
      text: 'Cases rise again\n\nWestland\'s chief medical officer says the region is not out of the woods yet.\n\nDr Ruth Calder said on Monday that new cases had risen for a third week.',
      specs: [['Westland', 'LOC'], ['Ruth Calder', 'PERSON']],
      content: 'the region is not out of the woods yet',
      entity: 'Ruth Calder',
    },
    {
      name: '"The UK\'s largest home lender said …" after the Westbury Bank spoke: a place\'s possessive opens the description (PLACE_OWNER_ORG)',
      text: 'Home values edged up by 1.1% in March, according to the Westbury Bank. The UK\'s largest home lender reported that values climbed 9% across last year.',
      specs: [['Westbury Bank', 'ORG'], ['UK', 'LOC']],
      content: 'values climbed 9% across last year',
      entity: 'Westbury Bank',
    },
    {
      name: '"It said …" after a sentence whose subject is "a recent report from Dunmore Research": the body the document comes from (IT_DOCUMENT_SUBJECT)',
      text: 'The Mobile Data Group said text messages rose by a fifth last year. But a recent report from Dunmore Research reflects the battle phone firms face to win users over. It said that a third of camera phone owners had never sent a picture.',
      specs: [['Mobile Data Group', 'ORG'], ['Dunmore Research', 'ORG']],
      content: 'a third of camera phone owners had never sent a picture',
      source: 'It',
      entity: 'Dunmore Research',
    },
    {
      name: '"The alliance says …" after the Heath Alliance, another body named since: a campaign\'s head word (MORE_BODY_HEADS)',
      text: 'The Heath Alliance lost its appeal on Wednesday. Lawyers for the Harbour Council welcomed the ruling. The alliance says walkers will test the law all the same.',
      specs: [['Heath Alliance', 'ORG'], ['Harbour Council', 'ORG']],
      content: 'walkers will test the law all the same',
      source: 'The alliance',
      entity: 'Heath Alliance',
    },
    {
      name: '"Danish firm Kolberg saw its sales fall 12% and warned that …": an irregular past tense is no noun of the source (IRREGULAR_PAST_VERBS)',
      text: 'Danish firm Kolberg saw its yearly sales fall 12% and warned that margins may also shrink.',
      specs: [['Danish', 'NORP'], ['Kolberg', 'ORG']],
      content: 'margins may also shrink',
      source: 'Kolberg',
      entity: 'Kolberg',
    },
    {
      name: '"…, MPs said. But they rejected …": "they" is the unnamed group named just before, not a committee named earlier (THEY_GROUP)',
      text: 'The Local Services Committee published its findings. Parking fines should be capped, MPs said. But they said a blanket ban on clamping would not work.',
      specs: [['Local Services Committee', 'ORG']],
      content: 'a blanket ban on clamping would not work',
      source: 'they',
      entity: null,
    },
    {
      name: '"Web monitoring company Trackwise said …. …, the firm said": a one-word name after a body\'s noun is the body (DESCRIBED_BODY, round sixteen)',
      text: 'Web monitoring company Trackwise said 22% of file-sharers were Canadian. About 60% were using PeerLine, the firm said.',
      specs: [['Trackwise', 'PERSON'], ['Canadian', 'NORP'], ['PeerLine', 'ORG']],
      content: 'About 60% were using PeerLine',
      source: 'the firm',
      entity: 'Trackwise',
    },
    {
      name: '"Tory peer Lord Ashby said …, and said …": the name the description titles (DESCRIBED_NAME_SUBJECT, round sixteen)',
      text: 'Tory peer Lord Ashby said he sided with Dr Morley, and said the matter should be judged on the evidence.',
      specs: [['Tory', 'NORP'], ['Ashby', 'PERSON'], ['Morley', 'PERSON']],
      content: 'the matter should be judged on the evidence',
      source: 'Ashby',
      entity: 'Ashby',
    },
    {
      name: '"Gordon Pell, FVA president and family campaigner said: “…”": the person who opens the sentence (OPENING_PERSON_APPOSITIVE, round sixteen)',
      text: 'The FVA counted 1,240 swear words. Gordon Pell, FVA president and family campaigner said: "TVX is openly selling crude jokes to teenagers."',
      specs: [['FVA', 'ORG'], ['Gordon Pell', 'PERSON'], ['TVX', 'ORG']],
      content: 'TVX is openly selling crude jokes to teenagers.',
      source: 'Gordon Pell',
      entity: 'Gordon Pell',
    },
    {
      name: '"A senior health official, speaking to … Kate Morrow, said": not the name that ends the aside (NAME_IN_ASIDE, round sixteen)',
      text: 'A senior health official, speaking to the Guardian\'s health correspondent Kate Morrow, said that waiting lists were still far too long.',
      specs: [['Guardian', 'ORG'], ['Kate Morrow', 'PERSON']],
      content: 'waiting lists were still far too long',
      source: 'A senior health official',
      entity: null,
    },
    {
      name: '"… campaigners, including … Ellen Pryce, who says …": the name a relative pronoun follows stays (NAME_IN_ASIDE)',
      text: 'The scheme is opposed by cycling campaigners, including Labour backbencher Ellen Pryce, who says it will weaken the case for bus lanes.',
      specs: [['Labour', 'ORG'], ['Ellen Pryce', 'PERSON']],
      content: 'it will weaken the case for bus lanes',
      source: 'who',
      entity: 'Ellen Pryce',
    },
    {
      name: '"…, the elections watchdog has said." in the lead: the body named as a source two sentences on (LEAD_NAMED_LATER, round sixteen)',
      text: 'Review urged\n\nOnline voting should not be brought in before 2010, the elections watchdog has said.\n\nWorries that the system could be hacked are overstated. The Ballot Standards Board said that further trials were needed.',
      specs: [['Ballot Standards Board', 'ORG']],
      content: 'Online voting should not be brought in before 2010',
      source: 'the elections watchdog',
      entity: 'Ballot Standards Board',
    },
    {
      name: '"…, the company has said." in the lead: the one organisation the next sentence names (LEAD_NEXT_ORG, round sixteen)',
      text: 'Worldwide release\n\nThe newest film of the animator Kenji Morita is to be shown in 40 countries, the company has said.\n\nThe film broke a record for Sakura Pictures last year. Reviewers were impressed.',
      specs: [['Kenji Morita', 'PERSON'], ['Sakura Pictures', 'ORG']],
      content: 'The newest film of the animator Kenji Morita is to be shown in 40 countries',
      source: 'the company',
      entity: 'Sakura Pictures',
    },
    {
      name: '"Pellworth is launching a player that it says will …": "it" is the organisation the sentence opens with (IT_RELATIVE_SUBJECT, round sixteen)',
      text: 'Market leader Pellworth, however, is launching a pocket player that it says will transform the way music is heard. The Tunebox is light.',
      specs: [['Pellworth', 'ORG'], ['Tunebox', 'ORG']],
      content: 'will transform the way music is heard',
      source: 'it',
      entity: 'Pellworth',
    },
    {
      name: '"… Pellworth … a player that it says …": also a one-word name the tagger read as a person (IT_RELATIVE_SUBJECT)',
      text: 'Market leader Pellworth, however, is launching a pocket player that it says will transform the way music is heard. The Tunebox is light.',
      specs: [['Pellworth', 'PERSON'], ['Tunebox', 'ORG']],
      content: 'will transform the way music is heard',
      source: 'it',
      entity: 'Pellworth',
    },
    {
      name: '"The krona fell, with finance minister Lars Helming saying …": the name after "with" and a role (ABSOLUTE_ROLES, round sixteen)',
      text: 'The krona fell once more, with finance minister Lars Helming saying it was much too weak.',
      specs: [['Lars Helming', 'PERSON']],
      content: 'it was much too weak',
      source: 'Lars Helming',
      entity: 'Lars Helming',
    },
    {
      name: '"Nadia Kerr, head of policy at … the Westbury Trust said": the person, not the body (OPENING_PERSON_ROLE_OF, round sixteen)',
      text: 'Officials defended the rule. Nadia Kerr, head of policy at Lupus charity the Westbury Trust said the rule was unfair to patients.',
      specs: [['Nadia Kerr', 'PERSON'], ['Lupus', 'MISC'], ['Westbury Trust', 'ORG']],
      content: 'the rule was unfair to patients',
      source: 'Nadia Kerr',
      entity: 'Nadia Kerr',
    },
    {
      name: '"Labour\'s deputy minister for health Karen Holt accused … and said …": the name past the role\'s "for" phrase (ROLE_OF_NAME_SUBJECT, round sixteen)',
      text: 'Labour\'s deputy minister for health Karen Holt accused the Greens of making empty pledges and said their figures were wrong.',
      specs: [['Labour', 'ORG'], ['Karen Holt', 'PERSON'], ['Greens', 'ORG']],
      content: 'their figures were wrong',
      source: 'Karen Holt',
      entity: 'Karen Holt',
    },
    {
      name: '"Chairman of WoolVote 2006 Tom Kenny understands …, but says …": the name past a capitalised title, its body and a year (TITLE_OF_BODY_SUBJECT)',
      text: 'Wool\n\nChairman of WoolVote 2006 Tom Kenny accepts farmers are struggling, but says scrapping the fee would cause fresh trouble.',
      specs: [['WoolVote', 'ORG'], ['Tom Kenny', 'PERSON']],
      content: 'scrapping the fee would cause fresh trouble',
      source: 'Tom Kenny',
      entity: 'Tom Kenny',
    },
    {
      name: '"Cardinal Anselm Kerrigan-O\'Neill … The cardinal said …": a church\'s office is its holder (round sixteen)',
      text: 'Cardinal Anselm Kerrigan-O\'Neill led the mass. Archbishop David Mercer read the lesson. The cardinal said 2006 must be a year of giving.',
      specs: [['Anselm Kerrigan-O\'Neill', 'PERSON'], ['David Mercer', 'PERSON']],
      content: '2006 must be a year of giving',
      source: 'The cardinal',
      entity: 'Anselm Kerrigan-O\'Neill',
    },
    {
      name: '"Tomas Brandt from MediLink told …": the person, not the body after "from" (PERSON_FROM_BODY, round sixteen)',
      text: 'Villages lack clinics. Tomas Brandt from MediLink told the BBC programme Tech Talk that the charity uses solar radios.',
      specs: [['Tomas Brandt', 'PERSON'], ['MediLink', 'ORG'], ['BBC', 'ORG'], ['Tech Talk', 'MISC']],
      content: 'the charity uses solar radios',
      source: 'Tomas Brandt',
      entity: 'Tomas Brandt',
    },
    {
      name: '"…, according to the Capital Research Unit\'s Mr Vosper.": the person after the owner (OWNER_THEN_PERSON, round sixteen)',
      text: 'A sale could double the value, according to the Capital Research Unit\'s Mr Vosper.',
      specs: [["Research Unit's", 'MISC'], ['Vosper', 'PERSON']],
      content: 'A sale could double the value',
      entity: 'Vosper',
    },
    {
      name: '"Lord Kelbourne, Labour leader in the Lords, said": the person before an appositive that opens with a party and a title (NAMED_TITLE_APPOSITIVE, round sixteen)',
      text: 'Peers are furious. Lord Kelbourne, Labour leader in the Lords, said the government should expect the measure to be amended.',
      specs: [['Kelbourne', 'PERSON'], ['Labour', 'NORP'], ['Lords', 'ORG']],
      content: 'the government should expect the measure to be amended',
      source: 'Kelbourne',
      entity: 'Kelbourne',
    },
    {
      name: '"Karim Nassar\'s Labour MP Colin Berridge welcomed …, but said …": the person past the party and the title (NAME_TITLE_PERSON_SUBJECT, round sixteen)',
      text: 'Karim Nassar\'s Labour MP Colin Berridge welcomed his return, but said serious doubts remained.',
      specs: [['Karim Nassar', 'PERSON'], ['Labour', 'ORG'], ['Colin Berridge', 'PERSON']],
      content: 'serious doubts remained',
      source: 'Colin Berridge',
      entity: 'Colin Berridge',
    },
    {
      name: '"What mattered was deeds, he said, adding that …": the speaker of the cue before the comma (SAID_ADDING, round sixteen)',
      text: 'Gordon Reeve toured the area. What mattered was deeds rather than promises, he said, adding that only a small share had been used.',
      specs: [['Gordon Reeve', 'PERSON']],
      content: 'only a small share had been used',
      source: 'he',
      entity: 'Gordon Reeve',
    },
    {
      name: '"BBC correspondent Laura Penn at Hawksford on Exmoor in the South West said": the person, not the place (PLACE_AFTER_PERSON, round sixteen)',
      text: 'Fair news\n\nThe fair opened. BBC correspondent Laura Penn at Hawksford on Exmoor in the South West said 1,500 visitors had come.',
      specs: [['BBC', 'ORG'], ['Laura Penn', 'PERSON'], ['Hawksford', 'LOC'], ['Exmoor', 'LOC']],
      content: '1,500 visitors had come',
      source: 'Laura Penn',
      entity: 'Laura Penn',
    },
    {
      name: '"Derek Hollis, Brighton Guest House Association said:": the person, not the body after the comma (PLACE_AFTER_PERSON)',
      text: 'Venue moves\n\nThe union is going elsewhere. Derek Hollis, Brighton Guest House Association said: "We did all we could to keep them here."',
      specs: [['Derek Hollis', 'PERSON'], ['Brighton Guest House Association', 'ORG']],
      content: 'We did all we could to keep them here.',
      source: 'Derek Hollis',
      entity: 'Derek Hollis',
    },
    {
      name: '"After her talks with Corwin, the White House announced …": the body, when the person does not open the clause (PLACE_AFTER_PERSON)',
      text: 'After her talks with Corwin, the White House announced that America would lift the tariffs.',
      specs: [['Corwin', 'PERSON'], ['White House', 'ORG'], ['America', 'LOC']],
      content: 'America would lift the tariffs',
      source: 'White House',
      entity: 'White House',
    },
    {
      name: '"Shares in Redstone have slipped after the mining group reported …": the whole description, an -ing word and all (ING_ROLE_MODIFIER, round sixteen)',
      text: 'Ore news\n\nShares in Redstone Minerals have slipped after the mining group reported costs had soared.',
      specs: [['Redstone Minerals', 'ORG']],
      content: 'costs had soared',
      source: 'the mining group',
      entity: 'Redstone Minerals',
    },
    {
      name: '"Halden\'s statement to the London market said:": the owner of a document whose phrase runs on (OWNED_DOCUMENT_PHRASE, round sixteen)',
      text: 'Bid news\n\nThe shares jumped. Halden\'s statement to the London market said: "Discussions are at an early stage."',
      specs: [['Halden', 'ORG']],
      content: 'Discussions are at an early stage.',
      source: 'Halden\'s statement to the London market',
      entity: 'Halden',
    },
    {
      name: '"A spokesman for the Westbury Commissioner\'s Office said": the role, past the owner\'s possessive in the body\'s name (POSSESSIVE_IN_BODY, twelfth session)',
      text: 'Advert news\n\nA spokesman for the Westbury Commissioner\'s Office said the mailing would count as advertising.',
      specs: [['Westbury Commissioner', 'PERSON'], ['Office', 'ORG']],
      content: 'the mailing would count as advertising',
      source: "A spokesman for the Westbury Commissioner's Office",
      entity: null,
    },
    {
      name: '"a spokesman for the Global Forum on the Digital Economy said": the role, past "on" in the body\'s name (POSSESSIVE_IN_BODY, twelfth session)',
      text: 'Gap news\n\nBut a spokesman for the Global Forum on the Digital Economy said the gap was still very wide.',
      specs: [['Global Forum', 'EVENT'], ['Digital Economy', 'MISC']],
      content: 'the gap was still very wide',
      source: 'a spokesman for the Global Forum on the Digital Economy',
      entity: null,
    },
    {
      name: '"An Eastfield Audit Office report on the 12 largest schemes says": the body named before the document\'s head (DOCUMENT_BEFORE_PP, twelfth session)',
      text: 'Spending news\n\nAn Eastfield Audit Office report on the 12 largest schemes says delays have grown.',
      specs: [['Eastfield Audit Office', 'ORG']],
      content: 'delays have grown',
      source: 'An Eastfield Audit Office report on the 12 largest schemes',
      entity: 'Eastfield Audit Office',
    },
    {
      name: '"criticised the Treasury for claiming …": the one criticised made the claim (FOR_ING_OBJECT, twelfth session)',
      text: 'Road news\n\nA Liberal frontbencher has criticised the Treasury for claiming the levy would make the roads safer.',
      specs: [],
      content: 'the levy would make the roads safer',
      source: 'the Treasury',
      entity: null,
    },
    {
      name: '"branded Mr Pollard "smug" for claiming …", then "he said": Mr Pollard claimed, the one who branded him speaks next (FOR_ING_OBJECT, FOR_ING_SPEAKER, twelfth session)',
      text: 'Poll news\n\nGreen president Robert Crane branded Mr Pollard "smug and mistaken" for claiming the Liberals were the only real choice. "This is nonsense," he said.',
      specs: [['Robert Crane', 'PERSON'], ['Pollard', 'PERSON'], ['Liberals', 'ORG']],
      content: 'the Liberals were the only real choice',
      source: 'Pollard',
      entity: 'Pollard',
    },
    {
      name: '… and the "he said" after it is the one who branded him (FOR_ING_SPEAKER, twelfth session)',
      text: 'Poll news\n\nGreen president Robert Crane branded Mr Pollard "smug and mistaken" for claiming the Liberals were the only real choice. "This is nonsense," he said.',
      specs: [['Robert Crane', 'PERSON'], ['Pollard', 'PERSON'], ['Liberals', 'ORG']],
      content: 'This is nonsense,',
      source: 'he',
      entity: 'Robert Crane',
    },
    {
      name: '"The Tories have pledged … students, who they say …": the party, not the group the relative clause describes (RELATIVE_GROUP, twelfth session)',
      text: 'Fares news\n\nThe Tories have pledged a cut in fares for students, who they say have suffered most from dearer train tickets.',
      specs: [['Tories', 'NORP']],
      content: 'have suffered most from dearer train tickets',
      source: 'they',
      entity: 'Tories',
    },
    {
      name: '… and the sentence-first "They say" after it (RELATIVE_GROUP, twelfth session)',
      text: 'Fares news\n\nThe Tories have pledged a cut in fares for students, who face rises. They say they can save £2bn on red tape.',
      specs: [['Tories', 'NORP']],
      content: 'they can save £2bn on red tape',
      source: 'They',
      entity: 'Tories',
    },
    {
      name: '"traders in Europe said": the group, not the place (GROUP_IN_PLACE, twelfth session)',
      text: 'Markets news\n\nOn Friday, traders in Europe said that both bidders had pulled out.',
      specs: [['Europe', 'LOC']],
      content: 'both bidders had pulled out',
      source: 'traders in Europe',
      entity: null,
    },
    {
      name: '"Some mobile users in Norway also report": the group, not the place (GROUP_IN_PLACE, twelfth session)',
      text: 'App news\n\nSome mobile users in Norway also report that the app works again.',
      specs: [['Norway', 'LOC']],
      content: 'the app works again',
      // (the whole phrase back to its determiner since the twenty-sixth session, `MODIFIERS_TO_DETERMINER`)
      source: 'Some mobile users in Norway',
      entity: null,
    },
    {
      name: '"the Tory MP for Ashworth admitted": the office past the party\'s word, not the seat (PARTY_SEAT_OFFICE, twelfth session)',
      text: 'Seats news\n\nTory MP Hugh Farrant said the change would cost too much. But the Tory MP for Ashworth admitted the system could not stay as it was.',
      specs: [['Tory', 'NORP'], ['Hugh Farrant', 'PERSON'], ['Tory', 'NORP', 1], ['Ashworth', 'LOC']],
      content: 'the system could not stay as it was',
      source: 'the Tory MP for Ashworth',
      entity: 'Hugh Farrant',
    },
    {
      name: '"Anti-gambling group the Fairplay Alliance congratulated …, but said": the body the description names (DESCRIBED_THE_NAME, twelfth session)',
      text: 'Betting news\n\nAnti-gambling group the Fairplay Alliance congratulated Mr Pollard on his plan, but said it was far too timid.',
      specs: [['Fairplay Alliance', 'ORG'], ['Pollard', 'PERSON']],
      content: 'it was far too timid',
      source: 'Fairplay Alliance',
      entity: 'Fairplay Alliance',
    },
    {
      name: '"… was quoted in the Observer newspaper saying …. In a statement, the party said": a party, not the newspaper that spoke last (PARTY_HEAD, twelfth session)',
      text: 'Liberal news\n\nThe Liberal Party chose Tom Whitcombe. Mr Whitcombe was quoted in the Observer newspaper saying: "We want renewal." In a statement, the party said the remark had been misreported.',
      specs: [['Liberal Party', 'ORG'], ['Tom Whitcombe', 'PERSON'], ['Whitcombe', 'PERSON', 1], ['Observer', 'ORG']],
      content: 'the remark had been misreported',
      source: 'the party',
      entity: 'Liberal Party',
    },
    {
      name: '"the Acme report said …. … the report said": the same report as the latest source with that head (SAME_DOCUMENT, twelfth session)',
      text: 'Broadband news\n\nA study by the World Bank came out in June. "The gap is narrowing," the Acme report said. A third of homes now have broadband, the report said.',
      specs: [['World Bank', 'ORG'], ['Acme', 'ORG']],
      content: 'A third of homes now have broadband',
      source: 'the report',
      entity: 'Acme',
    },
    {
      name: '"the Brekke report said": a report named after a person is that person\'s (PERSON_NAMED_DOCUMENT, twelfth session)',
      text: 'Growth news\n\nAnna Brekke led the inquiry. "Bergen is where it starts," the Brekke report said.',
      specs: [['Anna Brekke', 'PERSON'], ['Brekke', 'PERSON', 1], ['Bergen', 'LOC']],
      content: 'Bergen is where it starts,',
      source: 'the Brekke report',
      entity: 'Anna Brekke',
    },
    {
      name: '"according to research from market analysts Keystone Data": the body named at the end of the phrase (AUTHOR_AT_PHRASE_END, twelfth session)',
      text: 'Tablet news\n\nTablet computers are still selling at a record pace, according to research from market analysts Keystone Data.',
      specs: [['Keystone Data', 'ORG']],
      content: 'Tablet computers are still selling at a record pace',
      source: 'research from market analysts Keystone Data',
      entity: 'Keystone Data',
    },
    {
      name: '"… a survey from the Home Lenders\' Federation, which said …": the body named before the comma (WHICH_NAMED_BODY, round sixteen)',
      text: 'Loan news\n\nThe numbers are at odds with a survey from the Home Lenders\' Federation, which said lending was at a three-year high.',
      specs: [["Home Lenders' Federation", 'ORG']],
      content: 'lending was at a three-year high',
      source: 'which',
      entity: "Home Lenders' Federation",
    },
    {
      name: '"Ms Danvers, who presents The Final Round tells …": the person whose relative clause is left unclosed (UNCLOSED_RELATIVE, round sixteen)',
      text: 'TV news\n\nMs Danvers, who presents The Final Round tells Pendle that she winced at his style.',
      specs: [['Danvers', 'PERSON'], ['The Final Round', 'MISC'], ['Pendle', 'PERSON']],
      content: 'she winced at his style',
      source: 'Danvers',
      entity: 'Danvers',
    },
    {
      name: '"Sources within the party told ITV News …": the group before the preposition, not the party (GROUP_BEFORE_PP, round sixteen)',
      text: 'Vote news\n\nLabour lost the vote. Sources within the party told ITV News Mr Pollard had long opposed the scheme.',
      specs: [['Labour', 'ORG'], ['ITV News', 'ORG'], ['Pollard', 'PERSON']],
      content: 'Mr Pollard had long opposed the scheme',
      source: 'Sources within the party',
      entity: null,
    },
    {
      name: '"Helen Varley from the NHRA\'s Office of Device Safety told …": the person, past the owner of the body (PERSON_FROM_BODY)',
      text: 'Implant news\n\nThe board met. Helen Varley from the NHRA\'s Office of Device Safety told the review board that the implant was faulty.',
      specs: [['Helen Varley', 'PERSON'], ["NHRA's", 'ORG'], ['Office of Device Safety', 'ORG']],
      content: 'the implant was faulty',
      source: 'Helen Varley',
      entity: 'Helen Varley',
    },
    {
      name: '"Meanwhile, Mellor which posted …, said …": a connective is never the source; the name before "which" is (CONNECTIVE_NOT_SOURCE, round sixteen)',
      text: 'Van news\n\nCarrow cut jobs. Meanwhile, Mellor which posted its fifth fall in quarterly sales, said it was closing a plant.',
      specs: [['Carrow', 'ORG'], ['Mellor', 'ORG']],
      content: 'it was closing a plant',
      source: 'Mellor',
      entity: 'Mellor',
    },
    {
      name: '"Graham Tulloch …. His spokesman said …": a spokesman stands for no one, not even the person he speaks for (round sixteen)',
      text: 'Donor news\n\nGraham Tulloch is rethinking his gifts. His spokesman said he was very doubtful about donating again.',
      specs: [['Graham Tulloch', 'PERSON']],
      content: 'he was very doubtful about donating again',
      source: 'His spokesman',
      entity: null,
    },
    {
      name: '"The firm, whose Campoverde subsidiary operates … in Paraguay, insisted …": not the place inside the "whose" clause (WHOSE_CLAUSE, round sixteen)',
      text: 'Ranch news\n\nThe Harlow Group was not consulted. The firm, whose Campoverde subsidiary operates 9 ranches in Paraguay, insisted that it had obeyed local rules.',
      specs: [['Harlow Group', 'ORG'], ['Campoverde', 'ORG'], ['Paraguay', 'LOC']],
      content: 'it had obeyed local rules',
      source: 'The firm',
      entity: 'Harlow Group',
    },
  ])('$name', checkSpeaker);
});

describe('"it" after the sentence whose subject it stands for (fourteenth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"At the High Court …, the Riverbank Alliance failed …. But it says …": the subject of the sentence before (IT_PREVIOUS_SUBJECT)',
      text: 'Fishing news\n\nAt the High Court on Tuesday, the Riverbank Alliance failed in its bid to have the Fishing Act declared void. But it says the quota is unworkable.',
      specs: [['High Court', 'ORG'], ['Riverbank Alliance', 'ORG'], ['Fishing Act', 'MISC']],
      content: 'the quota is unworkable',
      source: 'it',
      entity: 'Riverbank Alliance',
    },
    {
      name: '"The Jinhe Hydro Power Corp could … . Last month, it denied … . “…,” it said.": the subject, then the "it" that stood for it (IT_PREVIOUS_SUBJECT)',
      text: 'Dam news\n\nThe Northern Daily said the company may be penalised. The Jinhe Hydro Power Corp could now be fined. Last month, it denied that its dams broke any rules. "Every dam we run meets the standards," it said.',
      specs: [['Northern Daily', 'ORG'], ['Jinhe Hydro Power Corp', 'ORG']],
      content: 'Every dam we run meets the standards,',
      source: 'it',
      entity: 'Jinhe Hydro Power Corp',
    },
    {
      name: '"Sales rose at Fairmart. It said …": not a person the sentence before has as its subject, nor past a sentence (IT_PREVIOUS_SUBJECT)',
      text: 'Shop news\n\nFairmart opened a store. John Smith visited the shop on Monday. It said that sales had risen.',
      specs: [['Fairmart', 'ORG'], ['John Smith', 'PERSON']],
      content: 'sales had risen',
      source: 'It',
      entity: 'Fairmart',
    },
  ])('$name', checkSpeaker);
});

describe('speakers after the sentence that introduces them, titles and conduits (fifteenth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Mr Varga … met Mr Orlov on Monday. The sell-off … had been badly run, he said": the subject before, not the last speaker (CONTENT_PREVIOUS_SUBJECT)',
      text: 'Energy news\n\n"The officials are at it again," Mr Orlov told a briefing. Mr Varga, a known critic of state control, met Mr Orlov on Monday. The sell-off of firms such as Norgas had been badly run, he said.',
      specs: [['Orlov', 'PERSON'], ['Varga', 'PERSON'], ['Orlov', 'PERSON', 1], ['Norgas', 'ORG']],
      content: 'The sell-off of firms such as Norgas had been badly run',
      source: 'he',
      entity: 'Varga',
    },
    {
      name: '"“…,” said its chief executive, Sir Peter Lane": the person in apposition, past the honorific (ROLE_THEN_NAME)',
      text: 'College news\n\nThe council released new numbers. "The share hardly changed," said its chief executive, Sir Peter Lane.',
      specs: [['Peter Lane', 'PERSON']],
      content: 'The share hardly changed,',
      entity: 'Peter Lane',
    },
    {
      name: '"The bloc\'s Food Aid Commissioner, Anna Holt, was quoted as saying": a title read as a name is the person it titles (TITLE_READ_AS_NAME)',
      text: 'Relief news\n\nThe EU\'s Food Aid Commissioner, Anna Holt, was quoted as saying that speed was vital for the relief effort.',
      specs: [['EU', 'ORG'], ['Food Aid Commissioner', 'ORG'], ['Anna Holt', 'PERSON']],
      content: 'speed was vital for the relief effort',
      entity: 'Anna Holt',
    },
    {
      name: '"“…,” the newspaper quoted Skyline chief executive Tom Reid as saying": the one quoted speaks (QUOTED_AS_SAYING)',
      text: 'Airline news\n\nSkyline may move staff overseas, The Courier newspaper reported. "We must find the cheapest way to run this airline," the newspaper quoted Skyline chief executive Tom Reid as saying.',
      specs: [['Skyline', 'ORG'], ['The Courier', 'ORG'], ['Skyline', 'ORG', 1], ['Tom Reid', 'PERSON']],
      content: 'We must find the cheapest way to run this airline,',
      source: 'Tom Reid',
      entity: 'Tom Reid',
    },
    {
      name: '"Reuters quoted Mr Reid as saying that costs were high": the content after "as saying" (QUOTED_AS_SAYING)',
      text: 'Airline news\n\nTom Reid runs Skyline. Reuters quoted Mr Reid as saying that costs were high.',
      specs: [['Tom Reid', 'PERSON'], ['Skyline', 'ORG'], ['Reuters', 'ORG'], ['Reid', 'PERSON', 1]],
      content: 'costs were high',
      entity: 'Tom Reid',
    },
    {
      name: '"Mr Pike was quoted in the Courier newspaper saying: “…”": the one quoted, not the paper (QUOTED_AS_SAYING)',
      text: 'Party news\n\nSam Pike stood down on Tuesday. Mr Pike was quoted in the Courier newspaper saying: "We want a shake-up of every public service."',
      specs: [['Sam Pike', 'PERSON'], ['Pike', 'PERSON', 1], ['Courier', 'ORG']],
      content: 'We want a shake-up of every public service.',
      entity: 'Sam Pike',
    },
    {
      name: '"Party chairman Ruth Ames has also written to the regulator saying: “…”": the one who wrote, not the one written to (QUOTED_AS_SAYING)',
      text: 'Party news\n\nGreen chairman Ruth Ames has also written to the regulator saying: "These automated calls breach the code."',
      specs: [['Green', 'ORG'], ['Ruth Ames', 'PERSON']],
      content: 'These automated calls breach the code.',
      entity: 'Ruth Ames',
    },
    {
      name: '"The Evening Post says …. The Harbour Link Bill … The paper says …": the newspaper named last, not another body (PRESS_HEAD)',
      text: 'Transport news\n\nThe Evening Post says the plan is ready. The Harbour Link Bill would pay for a new tunnel. The paper says it will reach the House of Commons in March.',
      specs: [['Evening Post', 'ORG'], ['Harbour Link Bill', 'ORG'], ['House of Commons', 'ORG']],
      content: 'it will reach the House of Commons in March',
      entity: 'Evening Post',
    },
    {
      name: '"…, according to a report by analysts Northfield Research": the body named after the document\'s "by" (DOCUMENT_BY_AFTER)',
      text: 'Gadget news\n\nSales of tablets will triple by 2012, according to a report by analysts Northfield Research. Most growth will come from Brazil and Mexico.',
      specs: [['Northfield Research', 'ORG'], ['Brazil', 'LOC'], ['Mexico', 'LOC']],
      content: 'Sales of tablets will triple by 2012',
      source: 'a report',
      entity: 'Northfield Research',
    },
    {
      name: '"… to Harbourne … is a lifeline to Calder …. The company has warned …": of two companies, the one the article is most about (DESCRIBED_MAIN_ORG)',
      text: 'Calder sells stake\n\nShares in building group Calder jumped on news that it is selling its stake in Metro Links. The sale to Harbourne is a lifeline to Calder, which owes its banks millions. The company has warned it could collapse.',
      specs: [['Calder', 'ORG'], ['Calder', 'ORG', 1], ['Metro Links', 'ORG'], ['Harbourne', 'ORG'], ['Calder', 'ORG', 2]],
      content: 'could collapse',
      entity: 'Calder',
    },
    {
      name: '"The 4th Circuit Court of Appeals ruled for Filebox …. The court said …": a court is an institution\'s head',
      text: 'Download news\n\nThe 4th Circuit Court of Appeals ruled in favour of Filebox and ShareNet. The court said they were in the same place as tape makers had been years ago.',
      specs: [['Circuit Court of Appeals', 'ORG'], ['Filebox', 'ORG'], ['ShareNet', 'ORG']],
      content: 'they were in the same place as tape makers had been years ago',
      entity: 'Circuit Court of Appeals',
    },
    {
      name: '"Tom Hale will captain the team instead of the injured Luke Barr …. And the striker said": of two people named before, the subject (DESCRIBED_SUBJECT)',
      text: 'Football news\n\nRovers must beat City. Tom Hale will captain the team instead of the injured Luke Barr. And the striker said the team would win.',
      specs: [['Rovers', 'ORG'], ['City', 'ORG'], ['Tom Hale', 'PERSON'], ['Luke Barr', 'PERSON']],
      content: 'the team would win',
      source: 'the striker',
      entity: 'Tom Hale',
    },
    {
      name: '"He said …. The legal assistant said …": a source already resolved as the subject before (DESCRIBED_SUBJECT)',
      text: 'TV news\n\nDale Evans is suing a network over a stunt show. He said watching the show made him ill. The legal assistant said the network was sending the wrong message.',
      specs: [['Dale Evans', 'PERSON']],
      content: 'the network was sending the wrong message',
      entity: 'Dale Evans',
    },
    {
      name: '"The study, from the Institute for Market Research, …. “…,” the authors say": the body the document came from (DOCUMENT_AUTHORS)',
      text: 'Tax news\n\nTighter audit rules reward investors, a fresh report has concluded. The study, from the Institute for Market Research, compares five countries. "Stricter checks can raise what shareholders get back," the authors say.',
      specs: [['Institute for Market Research', 'ORG']],
      content: 'Stricter checks can raise what shareholders get back,',
      source: 'the authors',
      entity: 'Institute for Market Research',
    },
    {
      name: '"Glass Harbour frontwoman Mia Lorne took the prize from singer Jo Vale. She told the audience …": the subject before the person named last (SUBJECT_BEFORE_LAST_NAMED)',
      text: 'Awards news\n\nGlass Harbour frontwoman Mia Lorne took the best album prize from singer Jo Vale. She told the audience the award was a dream.',
      specs: [['Glass Harbour', 'ORG'], ['Mia Lorne', 'PERSON'], ['Jo Vale', 'PERSON']],
      content: 'the award was a dream',
      source: 'She',
      entity: 'Mia Lorne',
    },
    {
      name: '"…, a senior cabinet figure has warned. Trade minister Oleg Brandt told …": a figure is a person, named in the next sentence',
      text: 'Minister attacks state takeover\n\nThe state takeover of the mining industry must be undone, a senior cabinet figure has warned.\n\nTrade minister Oleg Brandt told the Gazette newspaper that state control of mines was wrong.',
      specs: [['Oleg Brandt', 'PERSON'], ['Gazette', 'ORG']],
      content: 'The state takeover of the mining industry must be undone',
      entity: 'Oleg Brandt',
    },
    {
      name: '"Sources close to Mr Drew said": the group, not the person (CLOSE_TO_NAME)',
      text: 'Party news\n\nMartin Drew left the party. Sources close to Mr Drew said six other members would follow.',
      specs: [['Martin Drew', 'PERSON'], ['Drew', 'PERSON', 1]],
      content: 'six other members would follow',
      source: 'Sources close to Mr Drew',
      entity: null,
    },
    {
      name: '"…, the Daily Record website was told": who heard it is not who said it (TOLD_PASSIVE)',
      text: 'Party news\n\nThe plan was agreed at a dinner on Sunday, the Daily Record website was told.',
      specs: [['Daily Record website', 'ORG']],
      content: 'The plan was agreed at a dinner on Sunday',
      entity: null,
    },
    {
      name: '"the watchdog told the Daily Record website. In June, the watchdog said": the one told stands between no speaker and its description (LISTENER_NOT_OTHER_ORG)',
      text: 'Media news\n\nOfcable said it would look at charges for Telco and Netcall. It is the first such inquiry, the watchdog told the Daily Record website. In June, the watchdog said that charges would go up.',
      specs: [['Ofcable', 'ORG'], ['Telco', 'ORG'], ['Netcall', 'ORG'], ['Daily Record website', 'ORG']],
      content: 'charges would go up',
      entity: 'Ofcable',
    },
  ])('$name', checkSpeaker);
});

describe('second clauses, unnamed spokesmen and speakers named together (sixteenth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Even luxury carmaker Halvorsen could enter the market, although it says …": "it" in a second clause is the organisation the first has as its subject (IT_CLAUSE_SUBJECT)',
      text: 'Car news\n\nBrandt Research expects sales of hybrids to double. Even luxury carmaker Halvorsen could enter the market, although it says it is still weighing whether to build one.',
      specs: [['Brandt Research', 'ORG'], ['Halvorsen', 'ORG']],
      content: 'it is still weighing whether to build one',
      source: 'it',
      entity: 'Halvorsen',
    },
    {
      name: '"But a spokesman for the Justice Ministry defended the plan. He said: “…”": the unnamed spokesman, not a person named before (UNNAMED_SUBJECT_PRONOUN)',
      text: 'Prison news\n\nJudge Tom Hallam criticised the sentencing plan on Monday. But a spokesman for the Justice Ministry backed the plan. He said: "This is a fair system."',
      specs: [['Tom Hallam', 'PERSON'], ['Justice Ministry', 'ORG']],
      content: 'This is a fair system.',
      source: 'He',
      entity: null,
    },
    {
      name: '"A spokesman for Norland, Dr Rao, told …. He said …": a spokesman named in apposition is that person (UNNAMED_SUBJECT_PRONOUN)',
      text: 'Building news\n\nA spokesman for Norland Builders, Dr Rao, told the Gazette the rules would help buyers. He said the firm would gain from the change.',
      specs: [['Norland Builders', 'ORG'], ['Rao', 'PERSON'], ['Gazette', 'ORG']],
      content: 'the firm would gain from the change',
      source: 'He',
      entity: 'Rao',
    },
    {
      name: '"Ruth Calder and frontbencher Tom Hallam on Thursday launched …. They say …": "they" is the subject named first (COORDINATED_SUBJECT)',
      text: 'Party news\n\nThe Greens attacked the budget. Ruth Calder and frontbencher Tom Hallam on Thursday launched a plan to close 200 agencies. They say the state is spending too much.',
      specs: [['Greens', 'ORG'], ['Ruth Calder', 'PERSON'], ['Tom Hallam', 'PERSON']],
      content: 'the state is spending too much',
      source: 'They',
      entity: 'Ruth Calder',
    },
    {
      name: '"Norland, Brandt and Westbury set up the alliance …. In a shared statement the firms said …": the first of the firms named together (COORDINATED_GROUP)',
      text: 'Tech news\n\nNorland, Brandt and Westbury set up the alliance on Monday. In a shared statement the firms said they hoped to settle the row over formats.',
      specs: [['Norland', 'ORG'], ['Brandt', 'ORG'], ['Westbury', 'ORG']],
      content: 'they hoped to settle the row over formats',
      source: 'the firms',
      entity: 'Norland',
    },
    {
      name: '"Mr Okafor also said …. The lawyer added …": a definite role right after the person who spoke is that person (DEFINITE_ROLE_SPEAKER)',
      text: 'Court news\n\nDefence lawyer Sam Okafor said the case was weak. Mr Okafor also said he had new evidence. The lawyer added that the police had made errors.',
      specs: [['Sam Okafor', 'PERSON'], ['Okafor', 'PERSON', 1]],
      content: 'the police had made errors',
      source: 'The lawyer',
      entity: 'Sam Okafor',
    },
    {
      name: '"Anna Blake said …. “…,” said the European hill-running champion": a long description of a person (LONG_DESCRIPTION)',
      text: 'Athletics news\n\nRelay runner Anna Blake said the squad would cope if Jo Reid pulled out. "We would love to have Jo with us," said the European hill-running champion.',
      specs: [['Anna Blake', 'PERSON'], ['Jo Reid', 'PERSON'], ['Jo', 'PERSON'], ['European', 'MISC']],
      content: 'We would love to have Jo with us,',
      source: 'the European hill-running champion',
      entity: 'Anna Blake',
    },
    {
      name: '"His times were well outside the record. “…,” said the national indoor champion": the person the subject\'s "his" stands for (POSSESSIVE_SUBJECT)',
      text: 'Sprint news\n\nTom Hallam won both heats in Leeds, ahead of Dan Price. His times were well outside the British record. "The record is hard to beat, but I am in good shape," said the national indoor champion.',
      specs: [['Tom Hallam', 'PERSON'], ['Leeds', 'LOC'], ['Dan Price', 'PERSON']],
      content: 'The record is hard to beat, but I am in good shape,',
      source: 'the national indoor champion',
      entity: 'Tom Hallam',
    },
    {
      name: '"Former broadcaster Martin Drew has left the Reform Party …. The MEP said …": an office in capitals (ACRONYM_HEAD)',
      text: 'Drew leaves party\n\nFormer broadcaster Martin Drew has left the Reform Party and accused it of failing its voters. The MEP said he was sorry he had ever joined.',
      specs: [['Martin Drew', 'PERSON'], ['Reform Party', 'ORG']],
      content: 'he was sorry he had ever joined',
      source: 'The MEP',
      entity: 'Martin Drew',
    },
    {
      name: '"…, Anna Reid, who plays Mrs Hobb in the Larkfield series. The 15-year-old told …": not the people of a relative clause about her (RELATIVE_AFTER_PERSON)',
      text: 'Film news\n\nThe premiere drew young fans too, in the shape of Anna Reid, who plays Mrs Hobb in the Larkfield series. The 15-year-old told reporters she hoped to meet the director.',
      specs: [['Anna Reid', 'PERSON'], ['Mrs Hobb', 'PERSON'], ['Larkfield', 'LOC']],
      content: 'she hoped to meet the director',
      source: 'The 15-year-old',
      entity: 'Anna Reid',
    },
    {
      name: '"Her role has led to an Oscar nod. She said: “…”": not a one-word "person" named only after an article (DETERMINER_NAME)',
      text: 'Film news\n\nImogen Hale plays a nurse in the film. Her role has already led to two prizes and an Oscar nod. She said: "I never thought this would happen."',
      specs: [['Imogen Hale', 'PERSON'], ['Oscar', 'PERSON']],
      content: 'I never thought this would happen.',
      source: 'She',
      entity: 'Imogen Hale',
    },
  ])('$name', checkSpeaker);
});

describe('sources of other outlets (eighteenth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"A team at the University of Westmarch at Brookfield says …": the unnamed team, not the place (GROUP_AT_NAME)',
      text: 'Rings found\n\nA team at the University of Westmarch at Brookfield says the grains in the ring range from dust to boulders.',
      specs: [['University of Westmarch', 'ORG'], ['Brookfield', 'LOC']],
      content: 'the grains in the ring range from dust to boulders',
      source: 'A team at the University of Westmarch at Brookfield',
      entity: null,
    },
    {
      name: '"Residents of Marlow Bay say …": the residents, not the town (GROUP_AT_NAME)',
      text: 'Smoke warning\n\nThe fires have burned for a week. Residents of Marlow Bay say the smoke is starting to affect them.',
      specs: [['Marlow Bay', 'LOC']],
      content: 'the smoke is starting to affect them',
      source: 'Residents of Marlow Bay',
      entity: null,
    },
    {
      name: '"Jim Orwell, president of Barnwell Capital Advisers Inc., in Tampa, Fla., said …": the person, not the place of his firm (BODY_BEFORE_PLACE)',
      text: 'Markets\n\nJim Orwell, president of Barnwell Capital Advisers Inc., in Tampa, Fla., said that worries had shifted to wages.',
      specs: [['Jim Orwell', 'PERSON'], ['Barnwell Capital Advisers Inc.', 'ORG'], ['Tampa', 'LOC'], ['Fla.', 'LOC']],
      content: 'worries had shifted to wages',
      source: 'Jim Orwell',
      entity: 'Jim Orwell',
    },
    {
      name: '"Genlon Institute Inc., Cambridge, Mass., said …": the company, not its city or state (BODY_THEN_PLACE)',
      text: 'Patents\n\nGenlon Institute Inc., Cambridge, Mass., said it had won two patents for bone proteins.',
      specs: [['Genlon Institute Inc.', 'ORG'], ['Cambridge', 'LOC'], ['Mass.', 'LOC']],
      content: 'it had won two patents for bone proteins',
      source: 'Genlon Institute Inc.',
      entity: 'Genlon Institute Inc.',
    },
    {
      name: '"“…,” said Ray Tolland, the visiting captain who conceded …": the relative stands for the person the description is in apposition to (APPOSITIVE_RELATIVE)',
      text: 'Tennis\n\n"The wind made it hard," said Ray Tolland, the visiting captain who conceded his pair would rather have played on Friday.',
      specs: [['Ray Tolland', 'PERSON']],
      content: 'his pair would rather have played on Friday',
      source: 'who',
      entity: 'Ray Tolland',
    },
  ])('$name', checkSpeaker);
});

describe('descriptions named next or in apposition, leaders of groups, places in asides, leads with no headline (nineteenth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"…, a senior official said. …, said Tomas Verhoeven, the bank\'s deputy director": the person named next (INDEFINITE_NAMED_NEXT)',
      text: 'Banking\n\nHarvel Bank reported higher profits on Monday. It will open ten branches next year, a senior official said.\nThe board approved the plan in March, said Tomas Verhoeven, the bank\'s deputy director.',
      specs: [['Harvel Bank', 'ORG'], ['Tomas Verhoeven', 'PERSON']],
      content: 'It will open ten branches next year',
      source: 'a senior official',
      entity: 'Tomas Verhoeven',
    },
    {
      name: '"…, a spokesman said. …, said Tomas Verhoeven": a spokesman outside the lead stays unnamed',
      text: 'Banking\n\nHarvel Bank reported higher profits on Monday. It will open ten branches next year, a spokesman said.\nThe board approved the plan in March, said Tomas Verhoeven, the bank\'s deputy director.',
      specs: [['Harvel Bank', 'ORG'], ['Tomas Verhoeven', 'PERSON']],
      content: 'It will open ten branches next year',
      source: 'a spokesman',
      entity: null,
    },
    {
      name: 'no headline: the first sentence is the lead, and its "a spokesman" is the person named next (LEAD_WITHOUT_TITLE)',
      text: 'Harvel Bank will open ten branches next year, a spokesman said on Monday.\nThe board approved the plan in March, said Tomas Verhoeven, the bank\'s deputy director.',
      specs: [['Harvel Bank', 'ORG'], ['Tomas Verhoeven', 'PERSON']],
      content: 'Harvel Bank will open ten branches next year',
      source: 'a spokesman',
      entity: 'Tomas Verhoeven',
    },
    {
      name: '"According to the restaurant\'s general manager, Kevin Lorne, the dishes …": the name in apposition to the role (ROLE_NAME_MORE)',
      text: 'Dining out\n\nAccording to the restaurant\'s general manager, Kevin Lorne, the dishes are prepared fresh each morning.',
      specs: [['Kevin Lorne', 'PERSON']],
      content: 'the dishes are prepared fresh each morning',
      source: 'the restaurant\'s general manager, Kevin Lorne',
      entity: 'Kevin Lorne',
    },
    {
      name: '"Karras and his team say …": the person who leads the group (LEADER_AND_GROUP)',
      text: 'Plague\n\nDr Manolis Karras led the dig. Karras and his team say the bones are older than first thought.',
      specs: [['Manolis Karras', 'PERSON'], ['Karras', 'PERSON', 1]],
      content: 'the bones are older than first thought',
      source: 'Karras and his team',
      entity: 'Manolis Karras',
    },
    {
      name: '"He and other analysts said …": the person "he" stands for (LEADER_AND_GROUP)',
      text: 'Shares\n\nSales beat the forecast, said analyst Saul Yarden. He and other analysts said the chain would open more shops.',
      specs: [['Saul Yarden', 'PERSON']],
      content: 'the chain would open more shops',
      source: 'He and other analysts',
      entity: 'Saul Yarden',
    },
    {
      name: '"Villagers near Lindor, a town north of Georgeville, said …": not the place at the end of the appositive (PLACE_IN_APPOSITIVE)',
      text: 'Smoke\n\nVillagers near Lindor, a town north of Georgeville, said the smoke was getting worse.',
      specs: [['Lindor', 'LOC'], ['Georgeville', 'LOC']],
      content: 'the smoke was getting worse',
      source: 'Villagers near Lindor',
      entity: null,
    },
    {
      name: '"Pete Rowe of Lindor, 70 miles south of Georgeville, said …": the person before the appositive (PLACE_IN_APPOSITIVE)',
      text: 'Smoke\n\nPete Rowe of Lindor, 70 miles south of Georgeville, said the smoke was getting worse.',
      specs: [['Pete Rowe', 'PERSON'], ['Lindor', 'LOC'], ['Georgeville', 'LOC']],
      content: 'the smoke was getting worse',
      source: 'Pete Rowe',
      entity: 'Pete Rowe',
    },
  ])('$name', checkSpeaker);
});

describe('speakers on other outlets\' pages (twentieth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"…, said analyst Saul Yarden. He and other analysts said …" with two people before: the person named last (GROUP_PRONOUN_NAMED_BEFORE)',
      text: 'Shares\n\nSales beat the forecast of Elan Dowd, said analyst Saul Yarden. He and other analysts said the chain would open more shops.',
      specs: [['Elan Dowd', 'PERSON'], ['Saul Yarden', 'PERSON']],
      content: 'the chain would open more shops',
      source: 'He and other analysts',
      entity: 'Saul Yarden',
    },
    {
      name: '"… teacher Tom Abele …. He said …. The teacher told the court …": the person the article called a teacher (TITLED_IN_REACH, OCCUPATION_TITLES)',
      text:
        'Courts\n\nA judge said the council acted too fast when it sacked teacher Tom Abele over a drawing lesson. Abele sued the council.\n' +
        'He said he was sacked for mocking Mayor Ivo Ruud.\nThe teacher told the court that the drawing was only a joke.',
      specs: [['Tom Abele', 'PERSON'], ['Abele', 'PERSON'], ['Ivo Ruud', 'PERSON']],
      content: 'the drawing was only a joke',
      source: 'The teacher',
      entity: 'Tom Abele',
    },
    {
      name: '"Dana Ruiz, a lawyer representing Tom Keel, the firm\'s founder, says …": the lawyer, not the client (CLIENT_IN_APPOSITIVE)',
      text: 'Courts\n\nDana Ruiz, a lawyer representing Tom Keel, the chairman of Keel Trust, says his client denies any fraud.',
      specs: [['Dana Ruiz', 'PERSON'], ['Tom Keel', 'PERSON'], ['Keel Trust', 'ORG']],
      content: 'his client denies any fraud',
      source: 'Dana Ruiz',
      entity: 'Dana Ruiz',
    },
    {
      name: '"… a new opera by Paul Brel in Geneva. He said …": not the opera\'s maker, but the person the story is about (MAKER_BY)',
      text:
        'Stage\n\nOtto Kranz flew to Geneva on Monday. Kranz said the critics had been harsh.\n' +
        'There he will run a workshop of a new opera by Paul Brel in Geneva. He said that he was not discouraged.',
      specs: [['Otto Kranz', 'PERSON'], ['Kranz', 'PERSON', 1], ['Geneva', 'LOC'], ['Geneva', 'LOC', 1], ['Paul Brel', 'PERSON']],
      content: 'he was not discouraged',
      source: 'He',
      entity: 'Otto Kranz',
    },
    {
      name: '"…, according to a study at Wessex\'s University of Lindor": the body the research was done at (STUDY_AT)',
      text: 'Food\n\nRoasted leeks turn acidic in the oven, according to a study at Wessex\'s University of Lindor.',
      specs: [['Wessex', 'LOC'], ['University of Lindor', 'ORG']],
      content: 'Roasted leeks turn acidic in the oven',
      source: 'a study',
      entity: 'University of Lindor',
    },
    {
      name: '"the activist\'s father said …. “…,” Ivo Pasek told …": a relative by a possessive is the next person named (KIN_NAMED_NEXT)',
      text: 'Courts\n\nThe trial of Tomas Pasek opened on Monday. Earlier, the activist\'s father said his son would appeal. "We will appeal... We will not give in," Ivo Pasek told reporters.',
      specs: [['Tomas Pasek', 'PERSON'], ['Ivo Pasek', 'PERSON']],
      content: 'his son would appeal',
      source: "the activist's father",
      entity: 'Ivo Pasek',
    },
    {
      name: '"Ann Roe (Green) hoped …. On audits, the MP said …. … Kelby MP Tom Vance …": the MP before, not the one named after (OFFICE_NAMED_BEFORE)',
      text: 'Parliament\n\nAnn Roe (Green-Kelby) hoped the bill would pass. On audits, the MP said a study should be made. Kelby MP Tom Vance also backed the bill.',
      specs: [['Ann Roe', 'PERSON'], ['Tom Vance', 'PERSON']],
      content: 'a study should be made',
      source: 'the MP',
      entity: 'Ann Roe',
    },
    {
      name: '"Kenji Oda, chairman of the Oda Corporation, one of the largest firms, said …": the person whose title the body ends (BODY_IN_TITLE)',
      text: 'Economy\n\nAnd Kenji Oda, chairman of the Oda Corporation, one of the largest Japanese firms, said the economy was close to collapse.',
      specs: [['Kenji Oda', 'PERSON'], ['Oda Corporation', 'ORG'], ['Japanese', 'NORP']],
      content: 'the economy was close to collapse',
      source: 'Kenji Oda',
      entity: 'Kenji Oda',
    },
    {
      name: '"Corvane and other insurers have maintained that …": the firm that leads its kind (FIRM_AND_OTHERS)',
      text: 'Insurance\n\nCorvane and other insurers have maintained that clean-up costs are not covered.',
      specs: [['Corvane', 'ORG']],
      content: 'clean-up costs are not covered',
      source: 'Corvane and other insurers',
      entity: 'Corvane',
    },
    {
      name: '"Halden Co., a tour firm based in Kobe, Japan, announced …": the firm the aside describes (BASED_IN_ASIDE)',
      text: 'Travel\n\nHalden Co., a tour firm based in Kobe, Japan, announced that it will build a hotel.',
      specs: [['Halden', 'ORG'], ['Kobe', 'LOC'], ['Japan', 'LOC']],
      content: 'it will build a hotel',
      source: 'Halden',
      entity: 'Halden',
    },
    {
      name: '"Ian Dukes, an analyst with the firm Instar, based in Tempe, Ariz., said …": the person whose aside names the firm (BASED_IN_ASIDE)',
      text: 'Networks\n\nIan Dukes, an analyst with the research firm Instar, based in Tempe, Ariz., said the deal would help.',
      specs: [['Ian Dukes', 'PERSON'], ['Instar', 'ORG'], ['Tempe', 'LOC'], ['Ariz.', 'LOC']],
      content: 'the deal would help',
      source: 'Ian Dukes',
      entity: 'Ian Dukes',
    },
    {
      name: '"The company said …" after "Corvane Office", the maker\'s product: the maker "Corvane Corp." (PRODUCT_OF_FIRM)',
      text: 'Software\n\nCorvane Office is the best-selling office suite. Corvane Corp. released a new Corvane Office on Monday. Corvane Office costs $500. Stores began selling Corvane Office on Thursday. The company said 2 million units had shipped.',
      specs: [['Corvane Corp.', 'ORG'], ['Corvane Office', 'ORG'], ['Corvane Office', 'ORG', 1], ['Corvane Office', 'ORG', 2], ['Corvane Office', 'ORG', 3]],
      content: '2 million units had shipped',
      source: 'The company',
      entity: 'Corvane Corp.',
    },
    {
      name: '"Sources close to the Cedar Bluff, Ala.-based company said …": the sources, not the company (CITY_STATE_MODIFIER)',
      text: 'Online\n\nTalvo Inc. opened a new service. Sources close to the Cedar Bluff, Ala.-based company said the service will spend $100 million on advertising.',
      specs: [['Talvo Inc.', 'ORG'], ['Cedar Bluff', 'LOC'], ['Ala.', 'LOC']],
      content: 'the service will spend $100 million on advertising',
      source: 'Sources close to the Cedar Bluff, Ala.-based company',
      entity: null,
    },
    {
      name: '"Corvane, based in Easton, Md., said …", "Easton" read as a person: the firm (BASED_IN_PLACE_WORDS)',
      text: 'Software\n\nCorvane, based in Easton, Md., said more than half of the changes came from users.',
      specs: [['Corvane', 'ORG'], ['Easton', 'PERSON'], ['Md.', 'LOC']],
      content: 'more than half of the changes came from users',
      source: 'Corvane',
      entity: 'Corvane',
    },
  ])('$name', checkSpeaker);
});

describe('a name that ends in "\'s" as the one who speaks (twentieth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"Halvor\'s said …": the name\'s own "\'s", not "Halvor is said" (NAME_S_SUBJECT, NAME_S_SOURCE)',
      text: 'Ratings\n\nHalvor\'s said the change reflected doubt about the plan.',
      specs: [["Halvor's", 'ORG']],
      want: { source: "Halvor's", kind: 'named', cue: 'said', content: 'the change reflected doubt about the plan', quoted: 'none', rule: 'source-cue' },
    },
  ])('$name', checkCase);

  it('"Halvor\'s said to be …" is a passive: Halvor\'s is not its source', async () => {
    const a = await run('Ratings\n\nHalvor\'s said to be unhappy about the plan.', [["Halvor's", 'ORG']]);
    expect(a.attributions.filter((x) => x.source?.text.startsWith('Halvor'))).toEqual([]);
  });
});

describe('a noun that speaks before "in" / "at" (twentieth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"His partners in the venture say …": the partners, past the place they are in (SPEAKER_IN_AT)',
      text: 'Music\n\nHis partners in the venture say the site will grow.',
      want: { source: 'His partners in the venture', cue: 'say', content: 'the site will grow', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Weather officials in neighbouring Lindor said …": the officials, past the adjective before the place (SPEAKER_IN_PLACE)',
      text: 'Ice\n\nWeather officials in neighbouring Lindor said the ice was the worst for 30 years.',
      specs: [['Lindor', 'LOC']],
      want: { source: 'Weather officials in neighbouring Lindor', kind: 'vague', cue: 'said', content: 'the ice was the worst for 30 years', quoted: 'none', rule: 'source-cue' },
    },
  ])('$name', checkCase);
});

describe('a study or its findings stand for the researcher who leads the work (twenty-fifth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"A new study suggests …" before "Dr Ana Vell … and colleagues report …": the lead named after it (RESEARCH_LEAD)',
      text: 'Frogs\n\nA new study suggests that tree frogs can hear colours. Dr Ana Vell of Lindor University and colleagues report their work in a journal.',
      specs: [['Ana Vell', 'PERSON'], ['Lindor University', 'ORG']],
      content: 'tree frogs can hear colours',
      source: 'A new study',
      entity: 'Ana Vell',
    },
    {
      name: '"The findings suggest …" after "A team led by Professor Ana Vell monitored …" (RESEARCH_LEAD)',
      text: 'Flights\n\nA team led by Professor Ana Vell monitored 70 passengers on long flights. The findings suggest that cabin air plays a part.',
      specs: [['Ana Vell', 'PERSON']],
      content: 'cabin air plays a part',
      source: 'The findings',
      entity: 'Ana Vell',
    },
    {
      name: '"Other studies suggest …" is not the lead\'s work (RESEARCH_LEAD)',
      text: 'Flights\n\nA team led by Professor Ana Vell monitored 70 passengers on long flights. Other studies suggest that cabin air plays no part.',
      specs: [['Ana Vell', 'PERSON']],
      content: 'cabin air plays no part',
      source: 'Other studies',
      entity: null,
    },
  ])('$name', checkSpeaker);
});

describe('a firm described far from where it last spoke (twenty-fifth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Halden Inc. said …" and, five paragraphs on with no other firm named, "…, the company said." (LONE_ORG_SPEAKER)',
      text: 'Results\n\nNorland Corp. said net income rose 15% to $266 million.\n\nSales gained 5% to $1.6 billion.\n\nNorland Corp. shares rose $1.75 in New York trading.\n\nHalden Inc. said third-quarter net income fell 5% to $10 million.\n\nSales were flat at $1.3 billion.\n\nAnalysts had expected a slow quarter.\n\nGlass sales rose in all markets.\n\nCoating sales also rose in Europe.\n\nBut the gains were offset by weak sales of flat glass, the company said.',
      specs: [['Norland Corp.', 'ORG'], ['Halden Inc.', 'ORG']],
      content: 'the gains were offset by weak sales of flat glass',
      source: 'the company',
      entity: 'Halden Inc.',
    },
    {
      name: '"Orvo Corp. posted a loss …. Sales slipped …, the maker of disk drives said." (MAKER_OF)',
      text: 'Results\n\nNorland Corp. said net income rose 15%.\n\nOrvo Corp. posted a net loss of $2.7 million for its first quarter.\n\nA year earlier, it had earned $4.1 million.\n\nQuarterly sales slipped to $31 million, the maker of disk drives said.',
      specs: [['Norland Corp.', 'ORG'], ['Orvo Corp.', 'ORG']],
      content: 'Quarterly sales slipped to $31 million',
      source: 'the maker of disk drives',
      entity: 'Orvo Corp.',
    },
    {
      name: '"Orvo Corp. stock fell after the disk drive maker said …" (MAKER_OF, "maker" as the head)',
      text: 'Results\n\nNorland Corp. said net income rose 15%.\n\nOrvo Corp. stock fell by a third on Monday after the disk drive maker said its earnings would be weak.',
      specs: [['Norland Corp.', 'ORG'], ['Orvo Corp.', 'ORG']],
      content: 'its earnings would be weak',
      source: 'the disk drive maker',
      entity: 'Orvo Corp.',
    },
    {
      name: '"The farm machinery and crop insurance company said …": modifiers joined by "and" (COORDINATED_MODIFIERS)',
      text: 'Deals\n\nOrvo Corp. signed a deal with Norland. The farm machinery and crop insurance company said the package will be sold to 180 airlines.',
      specs: [['Orvo Corp.', 'ORG'], ['Norland', 'ORG']],
      content: 'the package will be sold to 180 airlines',
      source: 'The farm machinery and crop insurance company',
      entity: 'Orvo Corp.',
    },
  ])('$name', checkSpeaker);
});

describe('unnamed people of a named body (twenty-fifth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"…, sources at the Norland Exchange said." stand for no one named, not the exchange (MEMBERS_UNNAMED)',
      text: 'Trading rules\n\nAn existing Norland Exchange rule might be used to limit trading in Dunmore, sources at the Norland Exchange said.',
      specs: [['Norland Exchange', 'ORG'], ['Dunmore', 'LOC']],
      content: 'An existing Norland Exchange rule might be used to limit trading in Dunmore',
      source: 'sources at the Norland Exchange',
      entity: null,
    },
    {
      name: '"But officials at the Halden Museum said …" (MEMBERS_UNNAMED)',
      text: 'The museum closed its archive on Monday. But officials at the Halden Museum said the closing reflected problems with its mail system.',
      specs: [['Halden Museum', 'ORG']],
      content: 'the closing reflected problems with its mail system',
      source: 'officials at the Halden Museum',
      entity: null,
    },
  ])('$name', checkSpeaker);
});

describe('"it" after a clause of time or condition (twenty-fifth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Halden Holdings rose 2 pence after it said …" after another firm spoke (TIME_CONJUNCTIONS)',
      text: 'Shares\n\nNorland Ltd said sales fell in March. Halden Holdings rose 2 pence after it said profits would double.',
      specs: [['Norland Ltd', 'ORG'], ['Halden Holdings', 'ORG']],
      content: 'profits would double',
      source: 'it',
      entity: 'Halden Holdings',
    },
    {
      name: '"Shares in Halden Holdings rose when it said …" (TIME_CONJUNCTIONS)',
      text: 'Shares\n\nNorland Ltd said sales fell in March. Shares in Halden Holdings rose 2 pence when it said profits would double.',
      specs: [['Norland Ltd', 'ORG'], ['Halden Holdings', 'ORG']],
      content: 'profits would double',
      source: 'it',
      entity: 'Halden Holdings',
    },
  ])('$name', checkSpeaker);
});

describe('a name and its verb before ", saying" (twenty-fifth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"The Harbour Boat Owners Association disagrees, saying …": the verb is not part of the source (NAME_THEN_VERB)',
      text: 'Fishing\n\nThe minister wants a ban. The Harbour Boat Owners Association disagrees, saying catches are steady.',
      specs: [['Harbour Boat Owners Association', 'ORG']],
      want: { source: 'Harbour Boat Owners Association', kind: 'named', cue: 'saying', content: 'catches are steady', quoted: 'none', rule: 'participle-cue' },
    },
  ])('$name', checkCase);
});

describe('a body\'s filings (twenty-fifth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"…, according to Norland Trade Commission filings." are the commission\'s (BODY_FILINGS)',
      text: 'Funds\n\nThat makes it the busiest trader of all the funds in the region, according to Norland Trade Commission filings.',
      specs: [['Norland Trade Commission', 'ORG']],
      content: 'That makes it the busiest trader of all the funds in the region',
      source: 'Norland Trade Commission filings',
      entity: 'Norland Trade Commission',
    },
  ])('$name', checkSpeaker);
});

describe('a person of a body written in lower case (twenty-fifth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"Dr Helen Ward-Price of the university\'s school of pharmacy says …": the person, not the school (PERSON_OF_ANY_BODY)',
      text: 'Juice\n\nDr Helen Ward-Price of the university\'s school of pharmacy says the grape compounds look useful.',
      specs: [['Helen Ward-Price', 'PERSON']],
      want: { source: 'Helen Ward-Price', kind: 'named', cue: 'says', content: 'the grape compounds look useful', quoted: 'none', rule: 'source-cue' },
    },
  ])('$name', checkCase);
});

describe('an -ing adjective after a copula is no cue (twenty-fifth session, issue 4)', () => {
  it('"Dr Ana Vell, who leads the work, says the results are promising.": one attribution, none with "promising" as its cue (ING_ADJECTIVE)', async () => {
    const a = await run('Juice\n\nDr Ana Vell, who leads the work, says the results are promising.', [['Ana Vell', 'PERSON']]);
    expect(a.attributions.map((x) => x.cue?.text)).toEqual(['says']);
  });
});

describe('owned names, studios and bodies\' outlooks (twenty-fifth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"British entrepreneur Richard Halvorsen\'s Vantage Group won … and said …": the group, not its owner (OWNED_NAME_SUBJECT)',
      text: 'Rail\n\nBritish entrepreneur Richard Halvorsen\'s Vantage Group on Friday won a bus contract and said it would invest 90 million pounds.',
      specs: [['British', 'NORP'], ['Richard Halvorsen', 'PERSON'], ['Vantage Group', 'ORG']],
      content: 'it would invest 90 million pounds',
      source: 'Vantage Group',
      entity: 'Vantage Group',
    },
    {
      name: '"The OECD outlook said, “…”": the body\'s outlook is its own (BODY_FILINGS)',
      text: 'Trade\n\nHalden Steel is Norland\'s biggest firm. The OECD outlook said, "Large surpluses will persist."',
      specs: [['Halden Steel', 'ORG'], ['OECD', 'ORG']],
      content: 'Large surpluses will persist.',
      source: 'The OECD outlook',
      entity: 'OECD',
    },
    {
      name: '"Dr Ana Vell of Lindor University …. Vell\'s team says …": the person whose team it is (OWNED_TEAM)',
      text: 'Hobbits\n\nDr Ana Vell of Lindor University studied the skull. Vell\'s team says the brain is far too small for a dwarf.',
      specs: [['Ana Vell', 'PERSON'], ['Lindor University', 'ORG'], ['Vell', 'PERSON', 1]],
      content: 'the brain is far too small for a dwarf',
      source: "Vell's team",
      entity: 'Ana Vell',
    },
    {
      name: '"Orvo Pictures sued …. The studio says …": a studio is a firm (MAKER_OF)',
      text: 'Films\n\nOrvo Pictures sued the producers. The studio says it stuck with them for years.',
      specs: [['Orvo Pictures', 'ORG']],
      content: 'it stuck with them for years',
      source: 'The studio',
      entity: 'Orvo Pictures',
    },
  ])('$name', checkSpeaker);
});

describe('a union whose name lacks the word (twenty-fifth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"… locals of the United Dock Workers of Norland …, the union said." (UNION_NAMES)',
      text: 'Strike\n\nHalden Ltd said it would meet two locals of the United Dock Workers of Norland on strike at its smelter. Of the members voting, 54 pct voted no, the union said.',
      specs: [['Halden Ltd', 'ORG'], ['United Dock Workers of Norland', 'ORG']],
      content: 'Of the members voting, 54 pct voted no',
      source: 'the union',
      entity: 'United Dock Workers of Norland',
    },
  ])('$name', checkSpeaker);
});

describe('a longer run of role words before a name read forwards (twenty-fifth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"“…,” says steering committee member Dr Brian Tolland." gave no attribution (LONG_ROLE_RUN)',
      text: 'Telescope\n\n"It is a new window on the sky," says steering committee member Dr Brian Tolland.',
      specs: [['Brian Tolland', 'PERSON']],
      want: { source: 'Brian Tolland', kind: 'named', cue: 'says', content: 'It is a new window on the sky,', quoted: 'direct', rule: 'quote-cue-source' },
    },
    {
      name: '"“…,” says Lindra steering committee member Professor Brian Tolland from Norland." (LONG_ROLE_RUN)',
      text: 'Telescope\n\n"It is a new window on the sky," says Lindra steering committee member Professor Brian Tolland from Norland.',
      specs: [['Lindra', 'ORG'], ['Brian Tolland', 'PERSON'], ['Norland', 'ORG']],
      want: { source: 'Brian Tolland', kind: 'named', cue: 'says', content: 'It is a new window on the sky,', quoted: 'direct', rule: 'quote-cue-source' },
    },
  ])('$name', checkCase);
});

describe('a speaker after a dash that follows the quote (twenty-fifth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"“We will hold out” - Tom Reed said." gave no attribution (QUOTE_DASH_SPEAKER)',
      text: 'Strike\n\n"We will hold out until spring" - Tom Reed said.',
      specs: [['Tom Reed', 'PERSON']],
      want: { source: 'Tom Reed', kind: 'named', cue: 'said', content: 'We will hold out until spring', quoted: 'direct', rule: 'quote-source-cue' },
    },
  ])('$name', checkCase);
});

describe('glued compounds with "of" or "in" as heads (twenty-fifth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"“…,” the mother-of-three said." gave no attribution (HYPHEN_OF_HEAD)',
      text: 'Fire\n\n"We lost everything in an hour," the mother-of-three said.',
      want: { source: 'the mother-of-three', kind: 'nominal', cue: 'said', content: 'We lost everything in an hour,', quoted: 'direct', rule: 'quote-source-cue' },
    },
    {
      name: '"His son-in-law told police …" gave no attribution (HYPHEN_OF_HEAD)',
      text: 'Fire\n\nHis son-in-law told police the van had been stolen.',
      want: { source: 'His son-in-law', kind: 'nominal', cue: 'told', content: 'the van had been stolen', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"The father-of-two, who lives in Dunmore, said …": the father, not the town (HYPHEN_OF_HEAD)',
      text: 'Fire\n\nThe father-of-two, who lives in Dunmore, said the flames spread in minutes.',
      specs: [['Dunmore', 'LOC']],
      want: { source: 'The father-of-two', kind: 'nominal', cue: 'said', content: 'the flames spread in minutes', quoted: 'none', rule: 'source-cue' },
    },
  ])('$name', checkCase);
});

describe('a group close to a phrase that ends in a name (twenty-fifth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"Sources close to the talks in Geneva said …": the sources, not the city (ADJECTIVE_PP_CHAIN)',
      text: 'Talks\n\nSources close to the talks in Geneva said a deal was near.',
      specs: [['Geneva', 'LOC']],
      want: { source: 'Sources close to the talks in Geneva', kind: 'vague', cue: 'said', content: 'a deal was near', quoted: 'none', rule: 'source-cue' },
    },
  ])('$name', checkCase);
});

describe('traders in or near a place (twenty-fifth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"Buyers north of Dunmore said …": the buyers, not the town (NEAR_PLACE_SPEAKER, GROUP_NOUNS)',
      text: 'Cocoa\n\nBuyers north of Dunmore said dry conditions had not yet cleared.',
      specs: [['Dunmore', 'LOC']],
      want: { source: 'Buyers north of Dunmore', kind: 'vague', cue: 'said', content: 'dry conditions had not yet cleared', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Growers around Dunmore say …" (NEAR_PLACE_SPEAKER)',
      text: 'Cocoa\n\nGrowers around Dunmore say the rain came too late.',
      specs: [['Dunmore', 'LOC']],
      want: { source: 'Growers around Dunmore', kind: 'vague', cue: 'say', content: 'the rain came too late', quoted: 'none', rule: 'source-cue' },
    },
  ])('$name', checkCase);
});

describe('chains after "But" and relative clauses left open (twenty-fifth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"But a senior Norland analyst for a brokerage in Dunmore said …": the analyst, not the town (CHAIN_AFTER_CONJUNCTION)',
      text: 'Markets\n\nBut a senior Norland analyst for a brokerage in Dunmore said she saw a slowdown ahead.',
      specs: [['Norland', 'LOC'], ['Dunmore', 'LOC']],
      want: { source: 'a senior Norland analyst for a brokerage in Dunmore', kind: 'vague', cue: 'said', content: 'she saw a slowdown ahead', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"The Halden Fraud Office, which handles large cases in Norland said …": the office, not the country (UNCLOSED_RELATIVE)',
      text: 'Fraud\n\nThe Halden Fraud Office, which handles large cases in Norland said it had not opened an inquiry.',
      specs: [['Halden Fraud Office', 'ORG'], ['Norland', 'LOC']],
      want: { source: 'Halden Fraud Office', kind: 'named', cue: 'said', content: 'it had not opened an inquiry', quoted: 'none', rule: 'source-cue' },
    },
  ])('$name', checkCase);
});

describe('a plain listener and no complement (twenty-fifth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"Profits will fall, Reed told shareholders.": the content comes first, "shareholders" is the listener (PLAIN_LISTENER)',
      text: 'Results\n\nProfits will fall this year, Reed told shareholders.',
      specs: [['Reed', 'PERSON']],
      want: { source: 'Reed', kind: 'named', cue: 'told', content: 'Profits will fall this year', quoted: 'none', rule: 'content-source-cue' },
    },
    {
      name: '"…, the chief told the annual meeting." (PLAIN_LISTENER)',
      text: 'Results\n\nProfits will fall this year, the chief told the annual meeting.',
      want: { source: 'the chief', kind: 'nominal', cue: 'told', content: 'Profits will fall this year', quoted: 'none', rule: 'content-source-cue' },
    },
  ])('$name', checkCase);
});

describe('the medium before a content with no "that" (twenty-fifth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"Reed said in a statement there was no danger.": the content starts at its subject (MEDIUM_THEN_SUBJECT)',
      text: 'Health\n\nReed said in a statement there was no danger to the public.',
      specs: [['Reed', 'PERSON']],
      want: { source: 'Reed', kind: 'named', cue: 'said', content: 'there was no danger to the public', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"Kovac said in a telephone interview she would stay." (MEDIUM_THEN_SUBJECT)',
      text: 'Health\n\nKovac said in a telephone interview she would stay in the post.',
      specs: [['Kovac', 'PERSON']],
      want: { source: 'Kovac', kind: 'named', cue: 'said', content: 'she would stay in the post', quoted: 'none', rule: 'source-cue' },
    },
  ])('$name', checkCase);
});

describe('a counted group of the firms named before (twenty-fifth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Halden Bank and Orvo Bank said …. The two banks said …" (COUNTED_GROUP)',
      text: 'Banks\n\nHalden Bank and Orvo Bank said they would merge. The two banks said the deal would close in June.',
      specs: [['Halden Bank', 'ORG'], ['Orvo Bank', 'ORG']],
      content: 'the deal would close in June',
      entity: 'Halden Bank',
    },
  ])('$name', checkSpeaker);
});

describe('a word of a name that is also a modal or a verb (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"May said she would stay.": the surname, not the modal (NAME_WORDS_NOT_VERBS)',
      text: 'Vote\n\nPrime Minister Carla May lost the vote. May said she would stay in office.',
      specs: [['Carla May', 'PERSON'], ['May', 'PERSON', 1]],
      want: { source: 'May', kind: 'named', entity: 'Carla May', cue: 'said', content: 'she would stay in office', quoted: 'none', rule: 'source-cue' },
    },
    {
      name: '"May told MPs she would stay." (NAME_WORDS_NOT_VERBS)',
      text: 'Vote\n\nPrime Minister Carla May lost the vote. May told MPs she would stay in office.',
      specs: [['Carla May', 'PERSON'], ['May', 'PERSON', 1]],
      want: { source: 'May', kind: 'named', entity: 'Carla May', cue: 'told', content: 'she would stay in office', quoted: 'none' },
    },
    {
      name: '"Long said the deficit would shrink.": the surname, not the adverb (NAME_WORDS_NOT_VERBS)',
      text: 'Budget\n\nFinance Minister Carla Long presented the budget. Long said the deficit would shrink.',
      specs: [['Carla Long', 'PERSON'], ['Long', 'PERSON', 1]],
      want: { source: 'Long', kind: 'named', entity: 'Carla Long', cue: 'said', content: 'the deficit would shrink', quoted: 'none' },
    },
  ])('$name', checkCase);
});

describe('a pronoun before the person is named (twenty-sixth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"“…,” she said. ¶ Dr Ana Vell made the comments …": the first person named after (CATAPHORIC_PRONOUN)',
      text: 'Cases\n\n“The numbers are going the right way,” she said.\n\nDr Ana Vell made the comments at a briefing on Thursday.',
      specs: [['Ana Vell', 'PERSON']],
      content: 'The numbers are going the right way,',
      entity: 'Ana Vell',
    },
    {
      name: '"“…,” she said. ¶ Tom Reed …": not a person of the other gender (CATAPHORIC_PRONOUN)',
      text: 'Cases\n\n“The numbers are going the right way,” she said.\n\nTom Reed made the comments at a briefing on Thursday. He said more would follow.',
      specs: [['Tom Reed', 'PERSON']],
      content: 'The numbers are going the right way,',
      entity: null,
    },
  ])('$name', checkSpeaker);
});

describe('an office written short (twenty-sixth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Prime Minister Scott Morrow …. “…,” the PM told reporters." (ABBREVIATED_OFFICES)',
      text: 'Border\n\nPrime Minister Scott Morrow said the border would reopen. “We are ready,” the PM told reporters.',
      specs: [['Scott Morrow', 'PERSON'], ['PM', 'ORG']],
      content: 'We are ready,',
      entity: 'Scott Morrow',
    },
    {
      name: '"Chief Minister Mamta Banerji …. The CM said …" (ABBREVIATED_OFFICES)',
      text: 'Law\n\nChief Minister Mamta Banerji spoke on Monday. The CM said the state would not apply the law.',
      specs: [['Mamta Banerji', 'PERSON'], ['CM', 'ORG']],
      content: 'the state would not apply the law',
      entity: 'Mamta Banerji',
    },
  ])('$name', checkSpeaker);
});

describe('verbs that report speech only beside a quote (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"“…,” Reed retorted." (QUOTE_ONLY_CUES)',
      text: 'Row\n\nCarla Reed spoke first. “That is just not true,” Reed retorted.',
      specs: [['Carla Reed', 'PERSON'], ['Reed', 'PERSON', 1]],
      want: { source: 'Reed', kind: 'named', entity: 'Carla Reed', cue: 'retorted', content: 'That is just not true,', quoted: 'direct', rule: 'quote-source-cue' },
    },
    {
      name: '"“…,” Reed shot back." (QUOTE_ONLY_CUES)',
      text: 'Row\n\nCarla Reed spoke first. “That is just not true,” Reed shot back.',
      specs: [['Carla Reed', 'PERSON'], ['Reed', 'PERSON', 1]],
      want: { source: 'Reed', kind: 'named', entity: 'Carla Reed', cue: 'shot', content: 'That is just not true,', quoted: 'direct', rule: 'quote-source-cue' },
    },
  ])('$name', checkCase);

  it('no cue away from a quote: "Reed laughed at the idea that …"', async () => {
    const a = await run('Row\n\nCarla Reed spoke first. Reed laughed at the idea that the plan would fail.', [['Carla Reed', 'PERSON'], ['Reed', 'PERSON', 1]]);
    expect(a.attributions.filter((x) => x.cue?.text === 'laughed')).toEqual([]);
  });
});

describe('descriptions owned by a place, and "the doctor" (twenty-sixth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Dr Rita Tamm spoke …. Canada\'s chief public health officer said …" (PLACE_OWNED_DESCRIPTION)',
      text: 'Cases\n\nDr Rita Tamm spoke on Friday. Canada\'s chief public health officer said the risk was rising.',
      specs: [['Rita Tamm', 'PERSON'], ['Canada', 'LOC']],
      content: 'the risk was rising',
      entity: 'Rita Tamm',
    },
    {
      name: '"Carla Reed spoke …. The province\'s premier said …" (PLACE_OWNED_DESCRIPTION)',
      text: 'Cases\n\nCarla Reed spoke on Friday. The province\'s premier said the risk was rising.',
      specs: [['Carla Reed', 'PERSON']],
      content: 'the risk was rising',
      entity: 'Carla Reed',
    },
    {
      name: '"Dr Rita Tamm spoke …. “…,” the doctor said." (DOCTOR_TITLED)',
      text: 'Cases\n\nDr Rita Tamm spoke on Friday. “This is not over,” the doctor said.',
      specs: [['Rita Tamm', 'PERSON']],
      content: 'This is not over,',
      entity: 'Rita Tamm',
    },
    {
      name: '"Rita Tamm was treated …. “…,” the doctor said.": a patient is not the doctor (DOCTOR_TITLED)',
      text: 'Cases\n\nRita Tamm was treated on Friday. “This is not over,” the doctor said.',
      specs: [['Rita Tamm', 'PERSON']],
      content: 'This is not over,',
      entity: null,
    },
  ])('$name', checkSpeaker);
});

describe('a quote after a colon of narration (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"Tom Reed was blunt: “…”" (COLON_SUBJECT_QUOTE)',
      text: 'Vote\n\nThe count ended late on Friday. Tom Reed was blunt: “This is a disaster for the whole region.”',
      specs: [['Tom Reed', 'PERSON']],
      want: { source: 'Tom Reed', kind: 'named', entity: 'Tom Reed', cue: null, content: 'This is a disaster for the whole region.', quoted: 'direct', rule: 'quote-after-subject' },
    },
  ])('$name', checkCase);

  it('not after a colon whose subject is no person: "The plan has one aim: “…”"', async () => {
    const a = await run('Vote\n\nTom Reed spoke on Friday about roads. The plan has one aim: “Fewer cars on every street in town.”', [['Tom Reed', 'PERSON']]);
    expect(a.attributions.find((x) => x.content.text === 'Fewer cars on every street in town.')).toBeUndefined();
  });
});

describe('a party member\'s home after the name (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"Senator Tom Kerry, Democrat of Norland, said …" (PARTY_OF_PLACE)',
      text: 'Vote\n\nSenator Tom Kerry, Democrat of Norland, said the bill would fail.',
      specs: [['Tom Kerry', 'PERSON'], ['Democrat', 'NORP'], ['Norland', 'LOC']],
      want: { source: 'Tom Kerry', kind: 'named', cue: 'said', content: 'the bill would fail', quoted: 'none' },
    },
    {
      name: '"Senator Tom Kerry, D-Neb., said …" (PARTY_OF_PLACE)',
      text: 'Vote\n\nSenator Tom Kerry, D-Neb., said the bill would fail.',
      specs: [['Tom Kerry', 'PERSON'], ['D-Neb.', 'PERSON']],
      want: { source: 'Tom Kerry', kind: 'named', cue: 'said', content: 'the bill would fail', quoted: 'none' },
    },
  ])('$name', checkCase);
});

describe('a time expression before a source (twenty-sixth session, issue 4)', () => {
  it('"… told reporters on Saturday Halden officials told him that …": not "Saturday Halden officials" (TIME_BEFORE_SOURCE)', async () => {
    const a = await run('Trade\n\nTom Reed told reporters on Saturday Halden officials told him that the deal was off.', [['Tom Reed', 'PERSON'], ['Saturday', 'DATE'], ['Halden', 'ORG']]);
    const inner = a.attributions.find((x) => x.cue?.text === 'told' && x.source?.text !== 'Tom Reed');
    expect(inner?.source?.text).toBe('Halden officials');
  });
});

describe('a content that opens with a phrase and no comma (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"Through such contacts they would find people, he said." (INTRO_NO_COMMA)',
      text: 'Party\n\nTom Reed spoke. Through such contacts they would find new members, he said.',
      specs: [['Tom Reed', 'PERSON']],
      want: { source: 'he', kind: 'pronoun', cue: 'said', content: 'Through such contacts they would find new members', quoted: 'none', rule: 'content-source-cue' },
    },
    {
      name: '"In an interview, Reed said …": the phrase with its comma stays out',
      text: 'Party\n\nIn an interview, Tom Reed said the party would find new members.',
      specs: [['Tom Reed', 'PERSON']],
      want: { source: 'Tom Reed', kind: 'named', cue: 'said', content: 'the party would find new members', quoted: 'none' },
    },
  ])('$name', checkCase);
});

describe('a member of a body after the content (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"Prices will recover, a member of the board said." (MEMBER_OF_GROUP)',
      text: 'Prices\n\nPrices will recover next year, a member of the board said.',
      want: { source: 'a member of the board', kind: 'vague', cue: 'said', content: 'Prices will recover next year', quoted: 'none', rule: 'content-source-cue' },
    },
    {
      name: '"…, members of the union say." (MEMBER_OF_GROUP)',
      text: 'Pay\n\nThe offer is too low, members of the union say.',
      want: { source: 'members of the union', cue: 'say', content: 'The offer is too low', quoted: 'none', rule: 'content-source-cue' },
    },
  ])('$name', checkCase);
});

describe('a broadcast medium with no determiner (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"The box exploded, army radio said." (BARE_MEDIUM)',
      text: 'Blast\n\nThe box exploded near the station, army radio said.',
      want: { source: 'army radio', cue: 'said', content: 'The box exploded near the station', quoted: 'none', rule: 'content-source-cue' },
    },
  ])('$name', checkCase);
});

describe('a report wrapped by the report after it (twenty-sixth session, issue 4)', () => {
  it('"The bank announced a profit and has …, Lu said": Lu\'s content holds it all, and the bank\'s report stays (OUTER_REPORT_WHOLE)', async () => {
    const a = await run('Banks\n\nThe bank announced a small profit for its first year and already has large assets, Lu said.', [['Lu', 'PERSON']]);
    const outer = a.attributions.find((x) => x.source?.text === 'Lu');
    expect(outer?.content.text).toBe('The bank announced a small profit for its first year and already has large assets');
    expect(outer?.rule).toBe('content-source-cue+wraps');
    expect(a.attributions.some((x) => x.cue?.text === 'announced')).toBe(true);
  });
});

describe('a firm described at length, and "the concern" (twenty-sixth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"The Dunmore-based real estate company said …" (MODIFIERS_TO_DETERMINER)',
      text: 'Deal\n\nHalden Corp. sold bonds on Monday. The Dunmore-based real estate company said each warrant buys one share.',
      specs: [['Halden Corp.', 'ORG'], ['Dunmore-based', 'MISC']],
      content: 'each warrant buys one share',
      source: 'The Dunmore-based real estate company',
      entity: 'Halden Corp.',
    },
    {
      name: '"The real estate concern said …": a firm, in the financial press (CONCERN_FIRM)',
      text: 'Deal\n\nHalden Corp. sold bonds on Monday. The real estate concern said each warrant buys one share.',
      specs: [['Halden Corp.', 'ORG']],
      content: 'each warrant buys one share',
      entity: 'Halden Corp.',
    },
  ])('$name', checkSpeaker);
});

describe('bare coordinated modifiers and counted modifiers (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"…, company and city officials said." (COORDINATED_BARE_MODIFIERS)',
      text: 'Virus\n\nThe virus was found in one employee, company and city officials said.',
      want: { source: 'company and city officials', kind: 'vague', cue: 'said', content: 'The virus was found in one employee', quoted: 'none', rule: 'content-source-cue' },
    },
    {
      name: '"The five-member panel said …" (NUMBER_HYPHEN_MODIFIER)',
      text: 'Grain\n\nThe five-member panel said farmers sold the grain at a profit.',
      want: { source: 'The five-member panel', cue: 'said', content: 'farmers sold the grain at a profit', quoted: 'none' },
    },
  ])('$name', checkCase);
});

describe('names and tickers in angle brackets (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"<Halden Inc> said …" (ANGLE_BRACKETS)',
      text: 'HALDEN SAYS FIRE CAUSED DAMAGE\n<Halden Inc> said a mine fire caused 10 mln dlrs in damage.\nThe fire started Wednesday.',
      specs: [['Halden Inc', 'ORG']],
      want: { source: 'Halden Inc', kind: 'named', cue: 'said', content: 'a mine fire caused 10 mln dlrs in damage', quoted: 'none' },
    },
    {
      name: '"Halden <HALD.PA> said …": past the ticker (ANGLE_BRACKETS)',
      text: 'HALDEN PLANS JOB CUTS\nEngineering group Halden <HALD.PA> said it planned to cut 420 jobs.\nThe cuts hit two plants.',
      specs: [['Halden', 'ORG']],
      want: { source: 'Halden', kind: 'named', cue: 'said', content: 'it planned to cut 420 jobs', quoted: 'none' },
    },
    {
      name: '"<Consolidated Halden Star Ltd> said …": a name the tagger left untagged inside the brackets (ANGLE_BRACKETS)',
      text: 'HALDEN ISSUES STOCK\n<Consolidated Halden Star Ltd> said it agreed to issue stock.\nThe shares are new.',
      want: { source: 'Consolidated Halden Star Ltd', cue: 'said', content: 'it agreed to issue stock', quoted: 'none' },
    },
  ])('$name', checkCase);
});

describe('people by trade and kin (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"“…,” said the architect." (MORE_PEOPLE)',
      text: 'Plans\n\nThe tower will rise next year. “We kept the old walls,” said the architect.',
      want: { source: 'the architect', kind: 'nominal', cue: 'said', content: 'We kept the old walls,', quoted: 'direct', rule: 'quote-cue-source' },
    },
  ])('$name', checkCase);
  it.each<SpeakerCase>([
    {
      name: '"Anna Reed works nights …. “…,” the nurse said." (MORE_PEOPLE)',
      text: 'Hospital\n\nAnna Reed works nights at the hospital. “We are exhausted,” the nurse said.',
      specs: [['Anna Reed', 'PERSON']],
      content: 'We are exhausted,',
      entity: 'Anna Reed',
    },
    {
      name: '"Tom Hertz spent a year on the film. “…,” the filmmaker says." (MORE_PEOPLE)',
      text: 'Film\n\nTom Hertz spent a year on the film. “We shot it all at night,” the filmmaker says.',
      specs: [['Tom Hertz', 'PERSON']],
      content: 'We shot it all at night,',
      entity: 'Tom Hertz',
    },
  ])('$name', checkSpeaker);
});

describe('an aside after the opening phrase (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"On Halden, for example, only one in three users searches, said Jerry Yang." (SECOND_ASIDE)',
      text: 'Search\n\nOn Halden, for example, only one in three users searches, said Jerry Yang.',
      specs: [['Jerry Yang', 'PERSON'], ['Halden', 'ORG']],
      want: { source: 'Jerry Yang', kind: 'named', cue: 'said', content: 'only one in three users searches', quoted: 'none', rule: 'content-cue-source' },
    },
  ])('$name', checkCase);
});

describe('acronyms in parentheses (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"The biggest bank, Halden Bank Ltd (HBL), said …" (PAREN_ACRONYM)',
      text: 'Banks\n\nThe biggest bank, Halden Bank Ltd (HBL), said it would consider any merger.',
      specs: [['Halden Bank Ltd', 'ORG']],
      want: { source: 'Halden Bank Ltd', kind: 'named', cue: 'said', content: 'it would consider any merger', quoted: 'none' },
    },
    {
      name: '"…, a Norland Workers Union (NWU) official said." (PAREN_ACRONYM_INSIDE)',
      text: 'Strike\n\nThe union may call a strike next week, a Norland Workers Union (NWU) official said.',
      specs: [['Norland Workers Union', 'ORG']],
      want: { source: 'a Norland Workers Union (NWU) official', cue: 'said', content: 'The union may call a strike next week', quoted: 'none', rule: 'content-source-cue' },
    },
  ])('$name', checkCase);
});

describe('bare noun modifiers after a comma (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"…, Norlander embassy officials said." (BARE_NOUN_MODIFIERS)',
      text: 'Talks\n\nThey sat down for talks on the crisis, Norlander embassy officials said.',
      specs: [['Norlander', 'NORP']],
      want: { source: 'Norlander embassy officials', cue: 'said', content: 'They sat down for talks on the crisis', quoted: 'none', rule: 'content-source-cue' },
    },
  ])('$name', checkCase);
});

describe('a lone "one" before an adjunct (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"“…,” said one, referring to the sale." (LONE_ONE_ADJUNCT)',
      text: 'Sale\n\nAnalysts doubted the plan. “It is a blow to the group,” said one, referring to the sale.',
      want: { source: 'one', kind: 'vague', cue: 'said', content: 'It is a blow to the group,', quoted: 'direct', rule: 'quote-cue-source' },
    },
  ])('$name', checkCase);
});

describe('more sources after a content (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"…, said attorneys." (BARE_PLURAL_AFTER)',
      text: 'Bids\n\nSome of the bids broke the rules, said attorneys.',
      want: { source: 'attorneys', kind: 'vague', cue: 'said', content: 'Some of the bids broke the rules', quoted: 'none', rule: 'content-cue-source' },
    },
    {
      name: '"…, the restructuring expert said." (MODIFIERS_TO_DETERMINER, an -ing modifier)',
      text: 'Bids\n\nThe plan will fail next year, the restructuring expert said.',
      want: { source: 'the restructuring expert', cue: 'said', content: 'The plan will fail next year', quoted: 'none', rule: 'content-source-cue' },
    },
    {
      name: '"…, said a commentary." (MORE_PEOPLE documents)',
      text: 'Bids\n\nThe plan will fail next year, said a commentary.',
      want: { source: 'a commentary', cue: 'said', content: 'The plan will fail next year', quoted: 'none', rule: 'content-cue-source' },
    },
  ])('$name', checkCase);
});

describe('an unclosed appositive that holds a role (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"“…,” Egil Haaland, Halden marketing manager for eastern Europe said" (UNCLOSED_ROLE_APPOSITIVE)',
      text: 'Gas\n\n“We can supply other countries as well,” Egil Haaland, Halden marketing manager for eastern Europe said.',
      specs: [['Egil Haaland', 'PERSON'], ['Halden', 'ORG'], ['Europe', 'LOC']],
      want: { source: 'Egil Haaland', kind: 'named', cue: 'said', content: 'We can supply other countries as well,', quoted: 'direct', rule: 'quote-source-cue' },
    },
  ])('$name', checkCase);
});

describe('a cue\'s participle opening an aside (twenty-sixth session, issue 4)', () => {
  it.each<Case>([
    {
      name: '"But the study, reported in the Halden Journal of Biology, says …" (PARTICIPLE_CUE_ASIDE)',
      text: 'Phones\n\nBut the study, reported in the Halden Journal of Biology, says it is too early to tell.',
      specs: [['Halden Journal of Biology', 'ORG']],
      want: { source: 'the study', cue: 'says', content: 'it is too early to tell', quoted: 'none', rule: 'source-cue' },
    },
  ])('$name', checkCase);
});

describe('a named speaker beside an unnamed group (twenty-sixth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Tom Hahn and many analysts say …" (NAMED_BESIDE_GROUP)',
      text: 'Deal\n\nTom Hahn and many analysts say it would be a good match.',
      specs: [['Tom Hahn', 'PERSON']],
      content: 'it would be a good match',
      entity: 'Tom Hahn',
    },
  ])('$name', checkSpeaker);
});

describe('"who" after a person\'s description in apposition (WHO_APPOSITIVE_PERSON, twenty-seventh session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"…, said Lena Dorsk, a Halden University law professor who said …": "who" is the professor, not the university',
      text: 'Ruling\n\nThe case was closed, said Lena Dorsk, a Halden University law professor who said the ruling was sound.',
      specs: [['Lena Dorsk', 'PERSON'], ['Halden University', 'ORG']],
      content: 'the ruling was sound',
      entity: 'Lena Dorsk',
    },
  ])('$name', checkSpeaker);
});

describe('an -ed verb between two names (VERB_BETWEEN_NAMES, twenty-seventh session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Halden Air rejected Tom Varga\'s offer and said …": the first name is the subject, not a description of the second',
      text: 'Airlines\n\nHalden Air rejected Tom Varga\'s offer and said the bid was a ploy.',
      specs: [['Halden Air', 'ORG'], ['Tom Varga', 'PERSON']],
      content: 'the bid was a ploy',
      entity: 'Halden Air',
    },
  ])('$name', checkSpeaker);
});

describe('a pronoun after a fronted subordinate clause (SUBORDINATE_SUBJECT, twenty-seventh session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Halden Bank … Although Varity Corp lost money, it says …": "it" is the clause\'s subject, not the body before',
      text: 'Banks\n\nHalden Bank reported the figures on Monday. Although Varity Corp lost money, it says sales will rise.',
      specs: [['Halden Bank', 'ORG'], ['Varity Corp', 'ORG']],
      content: 'sales will rise',
      entity: 'Varity Corp',
    },
    {
      name: '"While Lindor is unlikely to ask for damages, it says …": a place',
      text: 'Sanctions\n\nThe Halden news agency reported the figures on Monday. While Lindor is unlikely to ask for damages, it says it has a right to help.',
      specs: [['Halden', 'ORG'], ['Lindor', 'LOC']],
      content: 'it has a right to help',
      entity: 'Lindor',
    },
  ])('$name', checkSpeaker);
});

describe('an honorific after a role\'s "of" phrase (HONORIFIC_AFTER_ROLE_OF, twenty-seventh session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"“…,” Halden vice president of clinical research Dr. Tom Reed said": the person, not the role',
      text: 'Drugs\n\n"The trial shows the value of the drug," Halden vice president of clinical research Dr. Tom Reed said in a statement.',
      specs: [['Halden', 'ORG'], ['Tom Reed', 'PERSON']],
      content: 'The trial shows the value of the drug,',
      entity: 'Tom Reed',
    },
  ])('$name', checkSpeaker);
});

describe('", adding …" after an inverted speaker (INVERTED_SAID_ADDING, twenty-seventh session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"“Do they grow or shrink? We cannot tell,” says Vell, adding that …": the speaker, not the quote\'s "We"',
      text: 'Coins\n\n"Do they grow or shrink? We cannot tell," says Vell, adding that more work was planned.',
      specs: [['Vell', 'PERSON']],
      content: 'more work was planned',
      entity: 'Vell',
    },
  ])('$name', checkSpeaker);
});

describe('a role at a body, then the person (twenty-eighth session, issue 4)', () => {
  it.each<SpeakerCase>([
    {
      name: '"Chief economist at Halden Bank Tony Meer says …": the person after the body (ROLE_AT_BODY_NAME)',
      text: 'Dollar\n\nChief economist at Halden Bank Tony Meer says the dollar fell. He says exports gained.',
      specs: [['Halden Bank', 'ORG'], ['Tony Meer', 'PERSON']],
      content: 'the dollar fell',
      source: 'Tony Meer',
      entity: 'Tony Meer',
    },
    {
      name: '"… Tony Meer says …. He says …": the pronoun after it is that person, no unnamed economist (ROLE_AT_BODY_NAME)',
      text: 'Dollar\n\nChief economist at Halden Bank Tony Meer says the dollar fell. He says exports gained.',
      specs: [['Halden Bank', 'ORG'], ['Tony Meer', 'PERSON']],
      content: 'exports gained',
      source: 'He',
      entity: 'Tony Meer',
    },
    {
      name: '"A spokesman for Health Minister Ann Price says": the name is the preposition\'s object, not the speaker',
      text: 'Plan\n\nA spokesman for Health Minister Ann Price says the plan is sound.',
      specs: [['Ann Price', 'PERSON']],
      content: 'the plan is sound',
      source: 'A spokesman for Health Minister Ann Price',
      entity: null,
    },
  ])('$name', checkSpeaker);
});
