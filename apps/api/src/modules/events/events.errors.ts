import { HttpStatus } from '@nestjs/common';
import { defineErrors } from '../../common/errors/app-error';

export enum EventsErrorCode {
  ClusterNotFound = 'cluster_not_found',
  BadCursor = 'bad_cursor',
}

export const EventsError = defineErrors('events', {
  [EventsErrorCode.ClusterNotFound]: HttpStatus.NOT_FOUND,
  [EventsErrorCode.BadCursor]: HttpStatus.BAD_REQUEST,
} satisfies Record<EventsErrorCode, HttpStatus>);
