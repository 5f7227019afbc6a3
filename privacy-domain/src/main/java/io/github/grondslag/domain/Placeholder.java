package io.github.grondslag.domain; final class Placeholder {}
