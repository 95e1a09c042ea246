import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../common/errors/app-error';

export enum NotificationsErrorCode {
  ChannelNotFound = 'channel_not_found',
  RuleNotFound = 'rule_not_found',
  Duplicate = 'duplicate_name',
  /** A channel still named by rules cannot be deleted (a rule would silently stop notifying). */
  ChannelInUse = 'channel_in_use',
  Stale = 'stale',
  /** A PATCH field that does not belong to the channel's kind (e.g. `host` on a webhook). */
  FieldNotForKind = 'field_not_for_kind',
  /** A rule names a channel or cluster that does not exist. */
  UnknownReference = 'unknown_reference',
  Undecryptable = 'undecryptable',
}

export const NotificationsError = defineErrors('notifications', {
  [NotificationsErrorCode.ChannelNotFound]: HttpStatus.NOT_FOUND,
  [NotificationsErrorCode.RuleNotFound]: HttpStatus.NOT_FOUND,
  [NotificationsErrorCode.Duplicate]: HttpStatus.CONFLICT,
  [NotificationsErrorCode.ChannelInUse]: HttpStatus.CONFLICT,
  [NotificationsErrorCode.Stale]: HttpStatus.PRECONDITION_FAILED,
  [NotificationsErrorCode.FieldNotForKind]: HttpStatus.BAD_REQUEST,
  [NotificationsErrorCode.UnknownReference]: HttpStatus.BAD_REQUEST,
  [NotificationsErrorCode.Undecryptable]: HttpStatus.UNPROCESSABLE_ENTITY,
} satisfies Record<NotificationsErrorCode, HttpStatus>);
