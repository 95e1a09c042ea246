import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';

/** Global: the one Clock every feature reads time from (tests replace it with a fake). */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
