/**
 * Alarms a duty officer acts on: the API answering 5xx to more than a few percent of requests,
 * any function error or throttle, and renders drifting towards API Gateway's 29-second limit.
 * They notify one SNS topic; an e-mail subscription is added when `nianbao:alarmEmail` is set.
 */
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

const PERIOD = Duration.minutes(5);
/** Share of requests answered 5xx that raises the alarm. */
const SERVER_ERROR_RATE = 0.05;
/** Render p99 that warns before API Gateway's 29-second limit turns slow renders into 504s. */
const RENDER_SLOW_MS = 20_000;

export type ServiceAlarmsProps = {
  readonly stage: Stage;
  readonly functions: Record<string, LambdaFunction>;
  readonly render: LambdaFunction;
  readonly alarmEmail: string | undefined;
};

export class ServiceAlarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: ServiceAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'nianbao alarms', enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    // The Average of API Gateway's 5XXError metric is the share of requests answered 5xx.
    this.add('Api5xxRate', props.stage.metricServerError({ statistic: 'Average', period: PERIOD }), SERVER_ERROR_RATE);
    for (const [name, fn] of Object.entries(props.functions)) {
      this.add(`${name}Errors`, fn.metricErrors({ statistic: 'Sum', period: PERIOD }), 1);
      this.add(`${name}Throttles`, fn.metricThrottles({ statistic: 'Sum', period: PERIOD }), 1);
    }
    this.add('RenderSlow', props.render.metricDuration({ statistic: 'p99', period: PERIOD }), RENDER_SLOW_MS);
  }

  private add(id: string, metric: IMetric, threshold: number): void {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
  }
}
