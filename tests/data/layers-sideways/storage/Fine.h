// Storage may include the domain.
#pragma once
#include "domain/Score.h"
