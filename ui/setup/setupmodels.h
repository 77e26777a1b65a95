// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tables of Settings ▸ Workspace and their editors (see SetupModel).
#include "campaignmodel.h"
#include "channelmodel.h"
#include "choicedelegate.h"
#include "numberdelegate.h"
#include "partnermodel.h"
#include "personmodel.h"
#include "pillarmodel.h"
