/** Tunables of the people routes; tests shorten the limits and cheapen the hashing. */
import type { ScryptParams } from '../auth/passwordHash';
import type { RateLimit } from '../auth/DatabaseRateCounter';

export interface PeopleSettings {
  /** Changes one head may make per window. */
  rateLimit?: RateLimit;
  /** Wrong current passwords allowed per account when changing one's own password. */
  passwordChangeLimit?: RateLimit;
  passwordParams?: ScryptParams;
}
