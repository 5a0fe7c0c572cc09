// thirdparty
import * as bson from 'bson';
import * as mingo from 'mingo';

export { bson, mingo };

// Re-export commonly used mingo classes
export { Query } from 'mingo';
export { Aggregator } from 'mingo';
