/**
 * Rights requests (AVG 12, 15–22): their state machine, their deadlines under 12(3) and Regulation
 * 1182/71, the queries for overdue requests, and what each answer must contain.
 */
package io.github.grondslag.domain.request;
