// Each end-to-end test runs a whole system (Azurite, emulator, app) on a 2-core machine, and the
// activity listener that tests wait on is process-wide: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
