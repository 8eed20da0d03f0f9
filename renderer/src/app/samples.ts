// The sample halls shipped in assets/samples, bundled as text so that they load offline.
import mixed from '../../../assets/samples/ai-hall-mixed.hallflow.json?raw';
import legacy from '../../../assets/samples/legacy-air-hall.hallflow.json?raw';
import future from '../../../assets/samples/future-300kw-hall.hallflow.json?raw';

export interface Sample {
  key: string;
  title: string;
  text: string;
}

export const SAMPLES: readonly Sample[] = [
  { key: 'ai-hall-mixed', title: 'Mixed AI hall (DLC + air)', text: mixed },
  { key: 'legacy-air-hall', title: 'Legacy air-cooled hall', text: legacy },
  { key: 'future-300kw-hall', title: 'Future 300 kW DLC hall', text: future },
];

export const DEFAULT_SAMPLE = SAMPLES[0];
