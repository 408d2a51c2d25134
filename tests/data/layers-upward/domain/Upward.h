// A domain header that reaches up to storage: check-layers.cmake must refuse this tree.
#pragma once
#include "storage/Database.h"
