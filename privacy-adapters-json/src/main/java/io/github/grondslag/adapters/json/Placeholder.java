package io.github.grondslag.adapters.json; final class Placeholder {}
