/**
 * What a new municipality starts with. Category codes are stable (the intake produces them); names and
 * the category -> department routing are the tenant's to change.
 */
export const DEFAULT_DEPARTMENTS = [
  { code: 'water_sanitation', name: 'Water and Sanitation' },
  { code: 'electricity', name: 'Electricity' },
  { code: 'roads_stormwater', name: 'Roads and Stormwater' },
  { code: 'waste', name: 'Waste Management' },
  { code: 'parks', name: 'Parks and Cemeteries' },
  { code: 'revenue', name: 'Revenue and Billing' },
  { code: 'customer_care', name: 'Customer Care' },
] as const;

export const CATEGORY_CODES = [
  'water',
  'sanitation',
  'electricity',
  'streetlights',
  'roads',
  'waste',
  'parks',
  'billing',
  'other',
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

type DepartmentCode = (typeof DEFAULT_DEPARTMENTS)[number]['code'];

export const DEFAULT_CATEGORIES: ReadonlyArray<{ code: CategoryCode; name: string; department: DepartmentCode }> = [
  { code: 'water', name: 'Water supply, leaks and bursts', department: 'water_sanitation' },
  { code: 'sanitation', name: 'Sewage, drains and toilets', department: 'water_sanitation' },
  { code: 'electricity', name: 'Electricity outages and faults', department: 'electricity' },
  { code: 'streetlights', name: 'Street and high-mast lights', department: 'electricity' },
  { code: 'roads', name: 'Roads, potholes and stormwater', department: 'roads_stormwater' },
  { code: 'waste', name: 'Refuse collection and illegal dumping', department: 'waste' },
  { code: 'parks', name: 'Parks, trees, grass and cemeteries', department: 'parks' },
  { code: 'billing', name: 'Accounts, rates and meter readings', department: 'revenue' },
  { code: 'other', name: 'Other', department: 'customer_care' },
];
