package org.partnershipledger.archfixture.app;

@org.springframework.context.annotation.Configuration
public class Wiring {
}
