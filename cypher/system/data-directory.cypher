// Where this Neo4j keeps its databases: tells a Neo4j started by our launcher
// for a given data directory apart from any other on the same port.
SHOW SETTINGS YIELD name, value
WHERE name = 'server.directories.data'
RETURN value AS directory
