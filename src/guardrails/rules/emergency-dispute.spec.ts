import type { EmergencyModel } from '../emergency-model/emergency-model';
import { disputeBar, EmergencyRule, emergencyKeepsReport, LONG_MESSAGE_CHARS, MODEL_DISPUTES_BELOW, MODEL_RULE, SHORT_MESSAGE_DISPUTES_BELOW } from './emergency.rule';

/** A model that gives every text the same probability and finds nothing on its own. */
const modelSaying = (probability: number) => ({ probability: () => probability, assess: () => null }) as unknown as EmergencyModel;

describe('a finding the trained model disputes', () => {
  const text = "Help, my neighbour's house is on fire!";

  it('is marked disputed when the model puts the danger below the bar', () => {
    expect(new EmergencyRule(modelSaying(SHORT_MESSAGE_DISPUTES_BELOW / 2)).detect(text)).toMatchObject({ kind: 'fire', disputed: true });
  });

  it('is not disputed when the model agrees, or when there is no model', () => {
    expect(new EmergencyRule(modelSaying(SHORT_MESSAGE_DISPUTES_BELOW)).detect(text)?.disputed).toBeUndefined();
    expect(new EmergencyRule(null).detect(text)?.disputed).toBeUndefined();
  });

  it('needs a near-certain "no" in a short message, where the danger word is most of what there is', () => {
    const short = 'Help there is a fire at house 23 Mandela street';
    const long = 'There is a fire in the veld behind the school and the smoke is blowing into the classrooms, what must we do?';
    const between = (SHORT_MESSAGE_DISPUTES_BELOW + MODEL_DISPUTES_BELOW) / 2;
    expect(disputeBar(short)).toBe(SHORT_MESSAGE_DISPUTES_BELOW);
    expect(disputeBar(long)).toBe(MODEL_DISPUTES_BELOW);
    expect(long.length).toBeGreaterThanOrEqual(LONG_MESSAGE_CHARS);
    expect(short.length).toBeLessThan(LONG_MESSAGE_CHARS);
    expect(new EmergencyRule(modelSaying(between)).detect(short)?.disputed).toBeUndefined();
    expect(new EmergencyRule(modelSaying(between)).detect(long)?.disputed).toBe(true);
  });

  it('is never asked of a municipal hazard, whose report goes on anyway', () => {
    const finding = new EmergencyRule(modelSaying(0)).detect('A live cable fell on the pavement and it is sparking, children are near it');
    expect(finding).toMatchObject({ municipalHazard: true });
    expect(finding?.disputed).toBeUndefined();
  });
});

describe('emergencyKeepsReport', () => {
  const fire = { kind: 'fire', rule: 'fire.burning', municipalHazard: false } as const;

  it('keeps the report of a finding the model disputes, and not of one it does not', () => {
    expect(emergencyKeepsReport({ ...fire, disputed: true })).toBe(true);
    expect(emergencyKeepsReport(fire)).toBe(false);
  });

  it('keeps a municipal hazard and a danger only the model saw, as before', () => {
    expect(emergencyKeepsReport({ ...fire, municipalHazard: true })).toBe(true);
    expect(emergencyKeepsReport({ ...fire, rule: MODEL_RULE })).toBe(true);
  });
});
