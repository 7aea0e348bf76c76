import { LocationExtractor } from './location-extractor';
import type { LocationParts } from './intake.types';

describe(LocationExtractor.name, () => {
  const sut = new LocationExtractor();

  describe('fromText', () => {
    it.each([
      ['Water pipe burst outside number 45 Jacaranda Street', '45 Jacaranda Street'],
      ['pothole at 12 Main Rd.', '12 Main Rd.'],
      ['no lights in Section K', 'Section K'],
      ['bins not collected, Extension 5', 'Extension 5'],
      ['sewage at the corner of Long Street and Bree Street', 'corner of Long Street and Bree Street'],
      ['There has been no water supply in Riverlea since Monday', 'Riverlea'],
      ['geen water naby die kliniek', 'naby die kliniek'],
      ['Refuse not collected at 9 Long Street', '9 Long Street'],
      ['Burst pipe at 14 May Road', '14 May Road'],
    ])('finds the place in %p', (text, expected) => {
      expect(sut.fromText(text)?.addressText).toContain(expected);
    });

    it.each<[string, string, LocationParts]>([
      ['Water pipe burst outside 45 Jacaranda Street', '45 Jacaranda Street', { streetNumber: '45', street: 'Jacaranda Street' }],
      ['no. 12 Vilakazi St no water', 'no. 12 Vilakazi St', { streetNumber: '12', street: 'Vilakazi St' }],
      ['1234 Mthembu Road pothole', '1234 Mthembu Road', { streetNumber: '1234', street: 'Mthembu Road' }],
      ['Kerkstraat 12 het geen water', 'Kerkstraat 12', { streetNumber: '12', street: 'Kerkstraat' }],
      ['lek by h/v Kerk- en Langstraat', 'h/v Kerk- en Langstraat', { street: 'h/v Kerk- en Langstraat' }],
      ['slaggate in Voortrekkerweg', 'Voortrekkerweg', { street: 'Voortrekkerweg' }],
      [
        'Massive potholes on Jan Smuts Avenue near the taxi rank',
        'Jan Smuts Avenue near the taxi rank',
        { street: 'Jan Smuts Avenue', landmark: 'near the taxi rank' },
      ],
      ['pothole on main road opposite Shoprite', 'main road opposite Shoprite', { street: 'main road', landmark: 'opposite Shoprite' }],
    ])('reads the street in %p', (text, addressText, parts) => {
      expect(sut.fromText(text)).toMatchObject({ addressText, parts, source: 'text', latitude: null, longitude: null });
    });

    it.each<[string, string, LocationParts]>([
      ['no water kwa Section K', 'Section K', { unit: 'Section K' }],
      ['no water in Soweto', 'Soweto', { area: 'Soweto' }],
      ['amanzi awekho eMlazi', 'eMlazi', { area: 'eMlazi' }],
      ['ugesi awukho kwaMashu Section C', 'kwaMashu Section C', { area: 'kwaMashu', unit: 'Section C' }],
      ['ha ho motlakase ko Mamelodi', 'Mamelodi', { area: 'Mamelodi' }],
      ['ga go metsi mo Mahikeng', 'Mahikeng', { area: 'Mahikeng' }],
      ['Geen water in Bellville-Suid sedert gisteraand nie', 'Bellville-Suid', { area: 'Bellville-Suid' }],
      ['lights out in ivory park ext 2 since friday', 'ivory park ext 2', { area: 'ivory park', unit: 'ext 2' }],
      ['Ext 5 Tembisa no water', 'Ext 5 Tembisa', { unit: 'Ext 5', area: 'Tembisa' }],
      ['Zone 3 Ward 12 Block B', 'Zone 3 Ward 12 Block B', { unit: 'Zone 3, Ward 12, Block B' }],
      ['toilet blocked at Stand 1234', 'Stand 1234', { unit: 'Stand 1234' }],
      ['riool by erf 567', 'erf 567', { unit: 'erf 567' }],
      ['no power Phase 2', 'Phase 2', { unit: 'Phase 2' }],
    ])('reads the area or unit in %p', (text, addressText, parts) => {
      expect(sut.fromText(text)).toMatchObject({ addressText, parts });
    });

    it.each<[string, string]>([
      ['dumping next to the clinic since Monday', 'next to the clinic'],
      ['pothole opposite the taxi rank', 'opposite the taxi rank'],
      ['geen water naby die kliniek nie', 'naby die kliniek'],
      ['amanzi avuza eduze nomtholampilo', 'eduze nomtholampilo'],
      ['ha ho metsi haufi le sekolo', 'haufi le sekolo'],
      ['ga go metsi gaufi le sekolo', 'gaufi le sekolo'],
      ['skip bin at the market is full', 'at the market'],
    ])('reads the landmark in %p', (text, landmark) => {
      expect(sut.fromText(text)?.parts?.landmark).toBe(landmark);
    });

    it.each([
      ['no water in ext5', 'ext5'],
      ['diepsloot x1 no power since monday', 'x1'],
      ['tembisa ext25 pothole', 'ext25'],
    ])('reads an extension written short ("ext5", "x1") in %p', (text, unit) => {
      expect(new LocationExtractor().fromText(text, 'en')?.parts?.unit).toBe(unit);
    });

    it('keeps a landmark and the area after it together as written', () => {
      expect(sut.fromText('behind the big church, Mamelodi')).toMatchObject({
        addressText: 'behind the big church, Mamelodi',
        parts: { landmark: 'behind the big church', area: 'Mamelodi' },
      });
    });

    it.each([
      'no water since monday',
      'no water since Monday',
      'pothole',
      'status please',
      'Refuse not collected for two weeks',
      'no power for 3 days in March',
      'geen krag sedert Dinsdag nie',
      'Ugesi awukho kusukela ngoMsombuluko',
      'blocked drain, water everywhere',
      'the road is broken',
      'The Apollo light in our section is not working',
      'Die straatlig voor my huis flikker',
      'Hello, is anyone there?',
      'The street light is broken',
      'The Road is full of potholes',
    ])('finds none in %p', (text) => {
      expect(sut.fromText(text)).toBeNull();
    });
  });

  describe('fromPin', () => {
    it('reads coordinates, label and address', () => {
      expect(sut.fromPin({ latitude: '-33.9249', longitude: '18.4241', label: 'Home', address: 'Bo-Kaap' })).toEqual({
        latitude: -33.9249,
        longitude: 18.4241,
        addressText: 'Home, Bo-Kaap',
        source: 'pin',
      });
    });

    it('is null without both coordinates', () => {
      expect(sut.fromPin({ latitude: '-33.9' })).toBeNull();
    });
  });
});
