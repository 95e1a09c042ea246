import { Module } from '@nestjs/common';
import { NotificationChannelsController } from './notification-channels.controller';
import { NotificationChannelsService } from './notification-channels.service';
import { NotificationRulesController } from './notification-rules.controller';
import { NotificationRulesService } from './notification-rules.service';
import { NotificationSink } from './notification.sink';
import { NotificationTransport } from './notification-transport';
import { NotificationWorker } from './notification.worker';
import { NotificationsRepository } from './notifications.repository';

@Module({
  controllers: [NotificationChannelsController, NotificationRulesController],
  providers: [
    NotificationsRepository,
    NotificationChannelsService,
    NotificationRulesService,
    NotificationSink,
    NotificationTransport,
    NotificationWorker,
  ],
  exports: [NotificationSink, NotificationWorker],
})
export class NotificationsModule {}
