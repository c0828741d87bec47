import type { DirectoryUser, SeedMethod } from './types';

const firstNames = [
  'Aaliyah', 'Ben', 'Carla', 'Deepak', 'Elena', 'Farid', 'Gwen', 'Hiro', 'Ines', 'Jakob', 'Kira', 'Luis',
  'Maya', 'Noah', 'Olga', 'Pavel', 'Quinn', 'Rosa', 'Stefan', 'Tara', 'Umar', 'Vera', 'Wei', 'Ximena',
  'Yusuf', 'Zoe', 'Adrian', 'Bianca', 'Cyrus', 'Daria', 'Emil', 'Freya', 'Gabriel', 'Hana', 'Ivan', 'Julia',
];
const lastNames = [
  'Abbott', 'Brandt', 'Castillo', 'Dubois', 'Eriksen', 'Fontaine', 'Gallagher', 'Horvath', 'Iyer', 'Jansen',
  'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okonkwo', 'Petrov', 'Quintero', 'Rossi', 'Svensson',
  'Tanaka', 'Ueda', 'Varga', 'Walsh', 'Xu', 'Yilmaz', 'Zimmer', 'Almeida', 'Byrne', 'Costa', 'Dalton',
];
const departments = ['Sales', 'Finance', 'Engineering', 'HR', 'Marketing', 'Operations', 'Legal', 'Support', 'Retail'];
const titles = ['Analyst', 'Associate', 'Specialist', 'Coordinator', 'Engineer', 'Manager', 'Consultant'];

/** Small deterministic PRNG (mulberry32): the same N always yields the same directory. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const word = (random: () => number): string => Math.floor(random() * 4294967296).toString(16).padStart(8, '0');

/** A random-looking v4 GUID from four PRNG words (fast enough for 100,000 users). */
function guid(random: () => number): string {
  const a = word(random);
  const b = word(random);
  const c = word(random);
  const d = word(random);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${'89ab'[parseInt(c[0] ?? '0', 16) % 4] ?? '8'}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
}

const authenticator: readonly SeedMethod[] = [
  { type: 'microsoftAuthenticator', displayName: 'Phone', deviceTag: 'SoftwareTokenActivated', phoneAppVersion: '6.2401.0119' },
];

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)] as T;

/**
 * `count` extra users for benchmarks, deterministic. Most are in the TAP policy group; every
 * 50th is outside it and every 997th is an external guest, so large-directory flows meet them too.
 */
export function generateUsers(count: number, domain: string, tapGroupId: string | null): DirectoryUser[] {
  const random = prng(20_261_126);
  const users: DirectoryUser[] = [];
  const inPolicy: readonly string[] = tapGroupId === null ? [] : [tapGroupId];
  for (let i = 0; i < count; i++) {
    const first = pick(firstNames, random);
    const last = pick(lastNames, random);
    const guest = i % 997 === 996;
    const local = `${first}.${last}.${i}`.toLowerCase();
    const upn = guest ? `${local}_partner.example#EXT#@${domain}` : `${local}@${domain}`;
    const id = guid(random);
    users.push({
      id,
      displayName: `${first} ${last}`,
      givenName: first,
      surname: last,
      userPrincipalName: upn,
      mail: guest ? `${local}@partner.example` : upn,
      jobTitle: guest ? null : `${pick(departments, random)} ${pick(titles, random)}`,
      department: guest ? null : pick(departments, random),
      employeeId: guest ? null : `G${String(100_000 + i)}`,
      officeLocation: null,
      businessPhones: [],
      mobilePhone: null,
      preferredLanguage: 'en-US',
      accountEnabled: i % 211 !== 210,
      userType: guest ? 'Guest' : 'Member',
      onPremisesSyncEnabled: i % 3 === 0 ? true : null,
      createdDateTime: '2024-06-01T08:00:00Z',
      roles: [],
      groupIds: i % 50 === 49 || guest ? [] : inPolicy,
      methods: authenticator,
      tap: null,
      managerId: null,
      hasPhoto: true,
    });
  }
  return users;
}
