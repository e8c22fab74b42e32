import type { Api } from './console';

export interface Briefing {
  id: number;
  host: number;
  speaker: number;
  interpreter: number;
  outlet: number;
}

/**
 * A small briefing made through the API, for the specs of the record's
 * controls (they drive the control under test by keys and clicks; the
 * conference around it is only the stage): a host, a spokesperson, an
 * interpreter and one outlet, on the standard agenda, left as a draft.
 */
export async function briefing(api: Api, input: { language?: 'zh' | 'en'; timeZone?: string; embargoUntil?: number | null } = {}): Promise<Briefing> {
  const language = input.language ?? 'en';
  const conference = await api('conference.create', {
    title: language === 'en' ? 'Press Briefing by the Press Secretary' : '外交部例行记者会',
    language,
    template: 'standard',
    timeZone: input.timeZone ?? 'America/New_York',
    embargoUntil: input.embargoUntil ?? null
  });
  const id = conference.id;
  const add = async (name: string, role: 'host' | 'spokesperson' | 'interpreter') => {
    const person = await api('person.create', { name, organisation: 'Rostrum e2e' });
    return (await api('participant.add', { conferenceId: id, personId: person.id, role })).id;
  };
  const host = await add(language === 'en' ? 'Karine Jean-Pierre' : '王主持', 'host');
  const speaker = await add(language === 'en' ? 'John Kirby' : '毛宁', 'spokesperson');
  const interpreter = await add(language === 'en' ? 'Li Wei' : '张译', 'interpreter');
  const outlet = (await api('outlet.create', { name: language === 'en' ? 'Reuters' : '新华社', category: 'foreign' })).id;
  return { id, host, speaker, interpreter, outlet };
}
