#pragma once

// Every page of the service window.
#include "staffaccountspage.h"
#include "staffcomplaintspage.h"
#include "staffcontentpage.h"
#include "staffemployerspage.h"
#include "staffjobspage.h"
#include "staffledgerpage.h"
#include "staffmatchingpage.h"
#include "staffqueuepage.h"
#include "staffreviewpage.h"
#include "staffseekerspage.h"
#include "staffstatisticspage.h"
