import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A fixed-window counter of sign-in attempts for one key (an address; a username from an address;
 * a username from anywhere). Claimed by one conditional UPDATE before a password is checked, so
 * concurrent attempts cannot all slip past the limit (see store/sign-in-limits).
 */
@Entity('sign_in_limit')
export class SignInLimitRecord {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  limitKey: string;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'datetime' })
  windowStart: Date;
}
