// libyaml, imported only by SpecGenCore/YAML.
#include <yaml.h>
