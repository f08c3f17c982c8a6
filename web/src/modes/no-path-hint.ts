// Why a path search found nothing, in a sentence a planner can act on. It asks the API for the
// start's direct links to the kinds the path had to pass (北航 → its funds): if those links are
// only planned, the funds exist on paper but nothing flows through them yet.
import { connections, type ConnectionQuery } from '../api/analytics.js';
import type { ActorSummary, RelationSummary } from '../api/types.js';
import { actorLabel } from '../i18n/actor-label.js';
import { joinList } from '../i18n/language.js';
import { properName } from '../dom.js';
import { t, tParts } from '../i18n/ui-text.js';
import { kindPlural, statusName } from '../i18n/vocabulary-names.js';
import { isTentative, type ActorKind } from '../vocabulary.js';

export interface NoPathDiagnosis {
  /** The actor the API read `from` as, when the diagnosis met it. */
  from: ActorSummary | null;
  /** The start's direct links to actors of the kinds examined: drawn, so the planner sees them. */
  links: { actor: ActorSummary; relation: RelationSummary }[];
  /** Sentences in the current language (names marked as such); functions, so they follow a language switch. */
  hints: (() => (string | Node)[])[];
}

export async function diagnoseNoPath(query: ConnectionQuery): Promise<NoPathDiagnosis> {
  const kinds: ActorKind[] = query.via.length ? query.via : (query.to.kinds ?? []);
  const hints: NoPathDiagnosis['hints'] = [];
  let from: ActorSummary | null = null;
  let links: NoPathDiagnosis['links'] = [];
  if (kinds.length) {
    // The same direction and bases as the question; any relation type, planned ones included.
    const direct = await connections({ from: query.from, via: [], to: { kinds }, maxHops: 1, includePlanned: true, first: 50, direction: query.direction, bases: query.bases });
    from = direct[0]?.nodes[0] ?? null;
    links = direct.flatMap((path) => (path.nodes[1] && path.relations[0] ? [{ actor: path.nodes[1], relation: path.relations[0] }] : []));
    const kind = kinds.length === 1 ? kinds[0]! : null;
    const name = () => properName(from ? actorLabel(from) : query.from);
    const kindText = () => (kind ? kindPlural(kind) : joinList(kinds.map((k) => kindPlural(k))));
    const names = (items: typeof links) => properName(joinList(items.map((l) => actorLabel(l.actor))));
    const established = links.filter((l) => !isTentative(l.relation.status));
    if (links.length === 0) hints.push(() => tParts('hintNoVia', { name: name(), kind: kindText() }));
    else if (established.length === 0) {
      const statuses = () => joinList([...new Set(links.map((l) => statusName(l.relation.status)))]);
      hints.push(() => tParts('hintPlanned', { name: name(), count: links.length, kind: kindText(), names: names(links), status: statuses() }));
    } else {
      hints.push(() => tParts('hintNoOnward', { name: name(), names: names(established), hops: query.maxHops }));
      if (query.maxHops < 6) hints.push(() => [t('hintMoreHops')]);
    }
  } else if (query.maxHops < 6) hints.push(() => [t('hintMoreHops')]);
  if (!query.includePlanned) hints.push(() => [t('hintExcludedPlanned')]);
  return { from, links, hints };
}
