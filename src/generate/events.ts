/**
 * The timeline around measures: an event when each measure first surfaces (an announcement or a
 * consultation), now and then a protest by a target, retaliation (a measure RESPONDS_TO an
 * earlier event of a country it now targets), and supply dependencies that weight exposure.
 */
import { dated, type GraphFile, inferred, quoted } from './facts.ts';
import { isoDay } from './measure-kinds.ts';
import type { GeneratedMeasure } from './measures.ts';
import type { Random } from './random.ts';

interface PastEvent {
  eventId: string;
  day: number;
  targetIds: string[];
}

export class EventWriter {
  private readonly byImposer = new Map<string, PastEvent[]>();
  private readonly supplies = new Set<string>();
  private events = 0;

  constructor(private readonly random: Random) {}

  write(file: GraphFile, measure: GeneratedMeasure): void {
    const { random } = this;
    const eventId = `event:gen-${++this.events}`;
    const targets = measure.targetCountries.map((c) => c.id);
    const when = dated('occurredOn', isoDay(measure.firstDay), measure.firstPrecision);
    const said = quoted(measure.notice.id, measure.mainLine);
    const consulting = measure.firstPrecision === 'month';
    file.node(
      eventId,
      ['Event'],
      {
        kind: consulting ? 'CONSULTATION' : 'ANNOUNCEMENT',
        summary: `${measure.imposer.name} ${consulting ? 'consults on' : 'announces'} ${measure.mainLine.split(' adopts ')[1]?.replace(/\.$/, '')}`,
        planned: false,
        ...when,
      },
      said,
    );
    file.rel('BY', eventId, measure.imposer.id, said);
    file.rel('ABOUT', eventId, measure.id, said);
    for (const target of targets) file.rel('INVOLVES', eventId, target, said);

    const earlier = this.retaliated(measure, targets);
    if (earlier) {
      const rationale = 'It came after a measure of a country it now targets, against its imposer.';
      file.rel('RESPONDS_TO', measure.id, earlier, inferred(rationale, 0.5));
    }
    const past = this.byImposer.get(measure.imposer.id) ?? [];
    past.push({ eventId, day: measure.firstDay, targetIds: targets });
    this.byImposer.set(measure.imposer.id, past.slice(-20));

    const protester = measure.targetCountries[0];
    if (protester && random.chance(0.2)) {
      const day = measure.firstDay + random.int(1, 30);
      const protestId = `event:gen-${++this.events}`;
      const line = measure.notice.say(`${protester.name} protested on ${isoDay(day)}.`);
      file.node(
        protestId,
        ['Event'],
        {
          kind: 'PROTEST',
          summary: `${protester.name} protests against the measure of ${measure.imposer.name}`,
          planned: false,
          ...dated('occurredOn', isoDay(day)),
        },
        quoted(measure.notice.id, line),
      );
      file.rel('BY', protestId, protester.id, quoted(measure.notice.id, line));
      file.rel('ABOUT', protestId, measure.id, quoted(measure.notice.id, line));
      file.rel('RESPONDS_TO', protestId, eventId, quoted(measure.notice.id, line));
    }
    this.supplyDependency(file, measure);
  }

  /** The latest earlier event by one of the targets that was aimed at this measure's imposer. */
  private retaliated(measure: GeneratedMeasure, targets: string[]): string | undefined {
    if (!this.random.chance(0.5)) return undefined;
    const candidates = targets
      .flatMap((t) => this.byImposer.get(t) ?? [])
      .filter((e) => e.day < measure.firstDay && e.targetIds.includes(measure.imposer.id))
      .sort((a, b) => b.day - a.day);
    return candidates[0]?.eventId;
  }

  /** The target's share of supply of a covered good that comes from the imposer, sometimes. */
  private supplyDependency(file: GraphFile, measure: GeneratedMeasure): void {
    const importer = measure.targetCountries[0];
    const good = measure.coveredGoods[0];
    if (!importer || !good || !this.random.chance(0.15)) return;
    const key = `${importer.iso2}-${measure.imposer.iso2}-${good.id}`;
    if (this.supplies.has(key)) return;
    this.supplies.add(key);
    const id = `supply-dependency:gen-${this.supplies.size}`;
    const share = this.random.between(0.05, 0.9);
    const rationale = `Generated: ${importer.name} gets about ${Math.round(share * 100)}% of its ${good.name} from ${measure.imposer.name}.`;
    const provenance = inferred(rationale, 0.6);
    file.node(id, ['SupplyDependency'], { share, approximate: true }, provenance);
    file.rel('IMPORTER', id, importer.id, provenance);
    file.rel('SUPPLIER', id, measure.imposer.id, provenance);
    file.rel('OF_GOOD', id, good.id, provenance);
  }
}
