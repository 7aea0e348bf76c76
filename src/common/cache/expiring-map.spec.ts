import { ExpiringMap } from './expiring-map';

describe(ExpiringMap.name, () => {
  let now = 0;
  beforeEach(() => {
    now = 1_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  it('returns a value until its time is up', () => {
    const sut = new ExpiringMap<string, number>(100);
    sut.set('a', 1);
    now += 99;
    expect(sut.get('a')).toBe(1);
    now += 1;
    expect(sut.get('a')).toBeUndefined();
  });

  it('drops the oldest entry when full', () => {
    const sut = new ExpiringMap<string, number>(1_000, 2);
    sut.set('a', 1);
    sut.set('b', 2);
    sut.set('c', 3);
    expect([sut.get('a'), sut.get('b'), sut.get('c')]).toEqual([undefined, 2, 3]);
  });
});
