/**
 * The cue-model switches the attribution eval scripts share:
 *   `--cue-model off`    the rules alone (no learned cue model);
 *   `--cue-model T`      the shipped token model, drafting from probability T;
 *   `--draft-model off`  keep every draft of the cue model (no draft scorer);
 *   `--draft-model T`    keep the drafts the draft scorer gives at least T.
 */
import { setCueDraftModel, setCueModel } from '../../src/extractors/attributions/cueModel.js';

export function applyCueModelArgs(arg: (name: string) => string | undefined): void {
  const cue = arg('--cue-model');
  if (cue === 'off') setCueModel(null);
  else if (cue !== undefined) setCueModel(undefined, Number(cue));
  const draft = arg('--draft-model');
  if (draft === 'off') setCueDraftModel(null);
  else if (draft !== undefined) setCueDraftModel(undefined, Number(draft));
}
