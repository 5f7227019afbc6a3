package io.github.grondslag.testkit; final class Placeholder {}
