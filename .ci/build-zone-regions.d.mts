export function zoneRegions(): Map<string, string>;
export function generateZoneRegionsModule(): string;
