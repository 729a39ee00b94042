declare const brand: unique symbol;

/** A string tagged with a compile-time brand, so ids of different kinds cannot be mixed. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type MentionId = Brand<string, 'MentionId'>;
export type EntityId = Brand<string, 'EntityId'>;
export type AttributionId = Brand<string, 'AttributionId'>;
export type ClaimId = Brand<string, 'ClaimId'>;
export type TimeId = Brand<string, 'TimeId'>;

/** The id kinds core mints, with their prefixes in the output (`m1`, `e1`, `a1`, `c1`, `t1`). */
export interface IdKinds {
  mention: MentionId;
  entity: EntityId;
  attribution: AttributionId;
  claim: ClaimId;
  time: TimeId;
}
export type IdKind = keyof IdKinds;

export const ID_PREFIX: { readonly [K in IdKind]: string } = {
  mention: 'm',
  entity: 'e',
  attribution: 'a',
  claim: 'c',
  time: 't',
};
