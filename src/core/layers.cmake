# The one table of core's layers: each layer's folder, its static library core_<layer>, and
# the layers it depends on directly. src/core/CMakeLists.txt links each library to exactly
# these, and check-layers.cmake refuses an include the table does not allow: a layer may
# include itself and whatever the layers it depends on may include.
#
#   domain → analysis → io ──→ storage → document
#        ↘ net        ↘ render    ↘
#              io, render, storage → report
#
# Listed so that every layer comes after the layers it depends on.
set(ITA_CORE_LAYERS domain net analysis io render storage document report)
set(ITA_LAYER_DEPENDS_domain "")
set(ITA_LAYER_DEPENDS_net domain)
set(ITA_LAYER_DEPENDS_analysis domain)
set(ITA_LAYER_DEPENDS_io analysis)
set(ITA_LAYER_DEPENDS_render analysis)
set(ITA_LAYER_DEPENDS_storage io)
set(ITA_LAYER_DEPENDS_document storage)
set(ITA_LAYER_DEPENDS_report io render storage)

# ITA_LAYER_ALLOWED_<layer>: the folders <layer> may include (itself and, transitively, what
# it depends on).
foreach(layer IN LISTS ITA_CORE_LAYERS)
    set(allowed ${layer})
    foreach(dependency IN LISTS ITA_LAYER_DEPENDS_${layer})
        list(APPEND allowed ${ITA_LAYER_ALLOWED_${dependency}})
    endforeach()
    list(REMOVE_DUPLICATES allowed)
    set(ITA_LAYER_ALLOWED_${layer} ${allowed})
endforeach()
