/**
 * The service as a real operating-system process, for tests that must kill it without warning (crash recovery), run
 * several of it on one database (scale-out), or measure it from outside (benchmarks): see
 * {@link org.partnershipledger.testsupport.process.ServiceProcess}.
 */
package org.partnershipledger.testsupport.process;
