-- expect: global: cannot assign to global 'pairs'
pairs = function() end
