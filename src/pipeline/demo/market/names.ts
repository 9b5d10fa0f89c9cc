/**
 * Made-up names for the demo market: people from common US first and last names, towns from two invented
 * halves, and organisation names in the styles hospitals, clinics and systems use. Any resemblance to a
 * real organisation is accidental.
 *
 * @example
 * personName(rng); // 'Maria Okafor'
 * townName(rng);   // 'Cedarford'
 */
import type { Rng } from '../../../core/random/rng.js';
import { pick } from './sampling.js';

const firstNames = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
  'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen',
  'Christopher', 'Lisa', 'Daniel', 'Nancy', 'Matthew', 'Betty', 'Anthony', 'Sandra', 'Mark', 'Ashley',
  'Steven', 'Emily', 'Andrew', 'Michelle', 'Joshua', 'Amanda', 'Kevin', 'Melissa', 'Brian', 'Rebecca',
  'Priya', 'Wei', 'Aisha', 'Carlos', 'Sofia', 'Hiroshi', 'Fatima', 'Omar', 'Ana', 'Raj',
  'Mei', 'Luis', 'Nadia', 'Kwame', 'Elena', 'Arjun', 'Grace', 'Samuel', 'Olivia', 'Ethan',
] as const;

const lastNames = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  'Patel', 'Chen', 'Kim', 'Okafor', 'Singh', 'Cohen', 'Murphy', 'Rossi', 'Novak', 'Haddad',
  'Tanaka', 'Mensah', 'Kowalski', 'Lindqvist', 'Ibrahim', 'Park', 'Shah', 'Costa', 'Reyes', 'Fischer',
] as const;

const townStarts = [
  'Cedar', 'Maple', 'Oak', 'River', 'Lake', 'Stone', 'Green', 'Fair', 'Bright', 'Pine',
  'Clear', 'Silver', 'Mill', 'Spring', 'Ash', 'Elm', 'North', 'West', 'Red', 'High',
] as const;
const townEnds = ['ford', 'ton', 'field', 'ville', 'brook', 'haven', 'port', 'wood', 'dale', 'view', ' Falls', ' Springs'] as const;

const saints = ['Luke', 'Mary', 'Joseph', 'Francis', 'Vincent', 'Anne', 'Catherine', 'Elizabeth', 'Michael', 'Jude'] as const;
const systemWords = ['Summit', 'Unity', 'Beacon', 'Heritage', 'Keystone', 'Prairie', 'Harbor', 'Crestview', 'Lumen', 'Trinity'] as const;

export const personName = (rng: Rng): string => `${pick(rng, firstNames)} ${pick(rng, lastNames)}`;

export const townName = (rng: Rng): string => `${pick(rng, townStarts)}${pick(rng, townEnds)}`;

/** `first.last` for an e-mail address. */
export const emailLocalPart = (name: string): string => name.toLowerCase().replace(/[^a-z]+/g, '.');

export function hospitalName(rng: Rng, town: string): string {
  const style = rng.int(4);
  if (style === 0) return `St. ${pick(rng, saints)} Hospital of ${town}`;
  if (style === 1) return `${town} General Hospital`;
  if (style === 2) return `${town} Regional Medical Center`;
  return `${pick(rng, systemWords)} ${town} Medical Center`;
}

export function systemName(rng: Rng, town: string): string {
  return rng.int(2) === 0 ? `${pick(rng, systemWords)} Health` : `${town} Health System`;
}

export const ascName = (rng: Rng, town: string): string =>
  rng.int(2) === 0 ? `${town} Surgery Center` : `${town} Vascular Access & Surgery Center`;

const clinicSuffix: Readonly<Record<string, string>> = {
  vascular: 'Vein & Vascular Clinic',
  cardiology: 'Heart & Vascular Associates',
  podiatry: 'Foot & Ankle Specialists',
  primary_care: 'Family Medicine',
  nephrology: 'Kidney Care',
  endocrinology: 'Diabetes & Endocrine Center',
};

export const clinicName = (town: string, kind: string): string => `${town} ${clinicSuffix[kind] ?? 'Clinic'}`;

export const labName = (rng: Rng, town: string): string =>
  rng.int(2) === 0 ? `${town} Diagnostic Laboratory` : `${pick(rng, systemWords)} Pathology Labs`;

export const gpoNames = ['Unity Purchasing Alliance', 'Keystone Health Sourcing', 'Pinnacle Care Purchasing'] as const;
export const distributorNames = ['Midland Medical Supply', 'Coastline Surgical Distribution', 'Frontier Med Logistics'] as const;
export const payerNames = ['Evergreen Health Plan', 'Liberty Crest Care', 'Sunrise Medicare Advantage', 'Blue Heron Health Plan', 'Guardian Care Plans'] as const;
