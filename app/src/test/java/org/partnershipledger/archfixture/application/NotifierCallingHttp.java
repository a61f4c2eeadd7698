package org.partnershipledger.archfixture.application;

import java.net.http.HttpClient;

/** Violates rule 2a: a policy that posts to a receiver itself instead of going through a port. */
public class NotifierCallingHttp {
    HttpClient http;
}
