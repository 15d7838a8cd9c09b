-- expect: global: cannot assign to global 'string'
-- rawset on _ENV must not shadow a built-in either.
rawset(_ENV, "string", {})
