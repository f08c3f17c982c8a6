// What package.json promises about Node must hold for every package npm installs, and the README
// and the Docker image must say the same; a key declared twice is a mistake JSON.parse hides.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
  optional?: boolean;
}

const packageText = readFileSync('package.json', 'utf8');
const manifest = JSON.parse(packageText) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const minimum = semver.minVersion(manifest.engines.node);

/** The keys of one top-level object of package.json as written, duplicates included. */
function writtenKeys(section: string): string[] {
  const body = new RegExp(`"${section}": \\{([^}]*)\\}`).exec(packageText)?.[1] ?? '';
  return [...body.matchAll(/"([^"]+)":/g)].map((m) => m[1] ?? '');
}

describe('package.json', () => {
  it('declares each dependency once', () => {
    for (const section of ['dependencies', 'devDependencies']) {
      const keys = writtenKeys(section);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i), section).toEqual([]);
    }
  });

  it('promises a Node version that every locked package supports', () => {
    expect(minimum).not.toBeNull();
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, entry]) => {
        const wanted = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
        return wanted && minimum && !semver.satisfies(minimum, wanted) ? [`${path}@${entry.version}: node ${wanted}`] : [];
      });
    expect(refusing).toEqual([]);
  });

  it('says the same minimum in the README and builds the image on a Node that meets it', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`Node.js ${minimum?.major}.${minimum?.minor} or newer`);
    const images = [...readFileSync('Dockerfile', 'utf8').matchAll(/^FROM node:(\d+\.\d+\.\d+)/gm)].map((m) => m[1] ?? '');
    expect(images.length).toBeGreaterThan(0);
    for (const version of images) expect(semver.satisfies(version, manifest.engines.node), version).toBe(true);
  });
});
