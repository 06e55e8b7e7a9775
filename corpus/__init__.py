"""Collections of documents: config, readers, writers and the command line around `cleaners`."""
