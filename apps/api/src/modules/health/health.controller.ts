import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/public.decorator';
import { ApiOk, ApiProblems } from '../../common/http/api-response';
import { LivenessSchema, ReadinessSchema, type LivenessDto, type ReadinessDto } from './health.dto';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get('health')
  @ApiOperation({ summary: 'Liveness: the process is up', operationId: 'getHealth' })
  @ApiOk(LivenessSchema, 'The API process is alive.')
  getHealth(): LivenessDto {
    return this.health.liveness();
  }

  @Public()
  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the database is reachable and every migration is applied', operationId: 'getReady' })
  @ApiOk(ReadinessSchema, 'Ready to serve.')
  @ApiProblems(HttpStatus.SERVICE_UNAVAILABLE)
  getReady(): Promise<ReadinessDto> {
    return this.health.readiness();
  }
}
