// Jest runs only the matcher tests, against the built package (npm run test:jest, after the build).
module.exports = {
  testMatch: ["<rootDir>/test/jest/**/*.jest.cjs"],
  moduleFileExtensions: ["js", "cjs", "mjs", "json"],
  transform: {},
};
