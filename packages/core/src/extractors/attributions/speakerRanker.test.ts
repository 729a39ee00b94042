import { afterEach, describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/createPipeline.js';
import { defaultExtractors } from '../index.js';
import { onSpeakerCandidates, pickSpeaker, RULE_SUFFIX, setSpeakerModel, type CandidateList, type SpeakerCandidate } from './speakerRanker.js';

const candidate = (entity: string): SpeakerCandidate => ({ entity: entity as SpeakerCandidate['entity'], features: [], chosen: false });

describe('pickSpeaker', () => {
  const list = [candidate('e1'), candidate('e2'), candidate('e3')];
  const probs: Record<string, number> = { e1: 0.2, e2: 0.7, e3: 0.4 };
  const score = (c: SpeakerCandidate) => probs[c.entity]!;

  it('takes the best candidate at the threshold or above, else none', () => {
    expect(pickSpeaker(list, score, 0.6)).toBe('e2');
    expect(pickSpeaker(list, score, 0.7)).toBe('e2');
    expect(pickSpeaker(list, score, 0.8)).toBeNull();
    expect(pickSpeaker([], score, 0.1)).toBeNull();
  });
});

describe('the speaker ranker in the pipeline', () => {
  afterEach(() => {
    setSpeakerModel(true);
    onSpeakerCandidates(null);
  });
  const pipeline = createPipeline(defaultExtractors());
  const speakerOf = async (text: string, content: string) => {
    const a = await pipeline.analyze(text);
    const x = a.attributions.find((y) => y.content.text === content);
    expect(x, `no attribution "${content}" in ${JSON.stringify(a.attributions.map((y) => y.content.text))}`).toBeDefined();
    const e = x!.source?.entity ? a.entities.find((y) => y.id === x!.source!.entity) : undefined;
    return { name: e?.name ?? null, rule: x!.rule };
  };

  it('links a description the rules left unlinked to the person who acts in the sentence, and says so in the rule', async () => {
    const text = 'Calder praises police\n\nHousing Minister Ruth Calder toured the estate on Monday. Ms Calder praised the police for their calm and said: "The police kept a tense night quiet."';
    const content = 'The police kept a tense night quiet.';
    expect(await speakerOf(text, content)).toEqual({ name: 'Ruth Calder', rule: expect.stringMatching(new RegExp(`\\${RULE_SUFFIX}$`)) });
    setSpeakerModel(false);
    expect((await speakerOf(text, content)).name).toBeNull();
  });

  it('offers no candidate of the other gender and marks the rules\' choice', async () => {
    const lists: CandidateList[] = [];
    onSpeakerCandidates((list) => lists.push(list));
    const text = 'Talks resume\n\nMary Robinson met John Hume in Belfast on Monday. Mr Hume said the talks had gone well. "We have a long way to go," he said.';
    await pipeline.analyze(text);
    const he = lists.find((l) => l.draft.source?.text === 'he');
    expect(he).toBeDefined();
    const names = he!.candidates.map((c) => he!.entities.find((e) => e.id === c.entity)!.name);
    expect(names).toContain('John Hume');
    expect(names).not.toContain('Mary Robinson');
    const chosen = he!.candidates.filter((c) => c.chosen);
    expect(chosen.map((c) => he!.entities.find((e) => e.id === c.entity)!.name)).toEqual(['John Hume']);
    expect(chosen[0]!.features).toContain('cas|he');
  });

  it('links the same speakers from hashed feature parts (run time) as from the feature strings a listener hears', async () => {
    const texts = [
      'Calder praises police\n\nHousing Minister Ruth Calder toured the estate on Monday. Ms Calder praised the police for their calm and said: "The police kept a tense night quiet."',
      'Bank results\n\nNorland Bank reported a rise in profits. The Banking Standards Board said it would look at the figures. The bank said it was confident. "We are on track," the chairman said. The group added that costs had fallen.',
      'Grazing news\n\nAt the High Court on Tuesday, the Moorland Graziers Alliance failed in its bid to have the Commons Act ruled void. But it says the law is unworkable. The group will meet on Friday, the alliance said.',
    ];
    const speakers = async () => {
      const out: (string | null)[] = [];
      for (const text of texts) for (const x of (await pipeline.analyze(text)).attributions) out.push(`${x.source?.entity ?? null} ${x.rule}`);
      return out;
    };
    const hashed = await speakers();
    const heard: CandidateList[] = [];
    onSpeakerCandidates((list) => heard.push(list));
    expect(await speakers()).toEqual(hashed);
    // (and the model did link something here, so the comparison is not empty)
    expect(hashed.some((x) => x!.endsWith(RULE_SUFFIX))).toBe(true);
    expect(heard.some((l) => l.linkable)).toBe(true);
  });
});
