#pragma once
// render comes before storage in the build order but does not depend on it (layers.cmake).
#include "storage/Fine.h"
